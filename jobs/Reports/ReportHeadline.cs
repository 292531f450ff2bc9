namespace Matching.Jobs.Reports;

/// <summary>
/// The report's headline figures. The shortfall counts only the cells where demand exceeds supply, and the surplus of
/// the other cells is kept apart: netted together, a few cells with places to spare hide every cell that falls short,
/// and a coordinator reads "no problem" in a week with nine knelpunten.
/// </summary>
internal sealed record ReportHeadline(
    int Cells, int Demand, int Supply, int ShortPlaces, int ShortCells, int Flagged, int SurplusPlaces, int SurplusCells)
{
    public static ReportHeadline Of(IReadOnlyList<ShortfallCell> cells) => new(
        cells.Count,
        cells.Sum(cell => cell.Demand),
        cells.Sum(cell => cell.Supply),
        cells.Where(cell => cell.Shortfall > 0).Sum(cell => cell.Shortfall),
        cells.Count(cell => cell.Shortfall > 0),
        cells.Count(cell => cell.Flagged),
        cells.Where(cell => cell.Shortfall < 0).Sum(cell => -cell.Shortfall),
        cells.Count(cell => cell.Shortfall < 0));

    /// <summary>"Tekort: 412 plaatsen in 9 knelpunten; elders 130 plaatsen over."</summary>
    public string Sentence()
    {
        if (Cells == 0)
        {
            return ShortfallReportHtml.NoCells;
        }
        var surplus = ReportText.Counted(SurplusPlaces, "plaats", "plaatsen");
        if (ShortPlaces == 0)
        {
            return SurplusPlaces == 0 ? "Geen tekort: vraag en aanbod zijn overal in evenwicht." : $"Geen tekort: het aanbod dekt overal de vraag, met {surplus} over.";
        }
        // Cells short by less than the threshold are no knelpunt, but their places are short all the same.
        var cells = ReportText.Counted(ShortCells, "cel", "cellen");
        var where = Flagged == 0 ? $"{cells}, geen knelpunt"
            : ShortCells == Flagged ? ReportText.Counted(Flagged, "knelpunt", "knelpunten")
            : $"{cells}, waarvan {ReportText.Counted(Flagged, "knelpunt", "knelpunten")}";
        var elsewhere = SurplusPlaces > 0 ? $"; elders {surplus} over" : "";
        return $"Tekort: {ReportText.Counted(ShortPlaces, "plaats", "plaatsen")} in {where}{elsewhere}.";
    }
}
