using System.Globalization;
using System.Text;
using Matching.Jobs.Reports;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// A flagged cell's companies to recruit as RFC 4180 CSV, one row per company in rank order, for a coordinator's
/// spreadsheet: defused against formula injection as the report's CSV is, CRLF line ends.
/// </summary>
public static class CompaniesToRecruitCsv
{
    public const string Header =
        "iso_week,cell_id,rank,kvk,name,pc4,place,region_code,students_within_reach,placements,accreditations,open_offers,offers_before,reason";

    public static string Render(IsoWeek week, CellRecruits cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var csv = new StringBuilder(Header.Length + 2 + cell.Companies.Count * 160);
        csv.Append(Header).Append("\r\n");
        foreach (var company in cell.Companies)
        {
            csv.Append(ShortfallReportCsv.Field(week.ToString())).Append(',')
                .Append(ShortfallReportCsv.Field(cell.CellId)).Append(',')
                .Append(Number(company.Rank)).Append(',')
                .Append(ShortfallReportCsv.Field(company.Kvk)).Append(',')
                .Append(ShortfallReportCsv.Field(company.Name)).Append(',')
                .Append(Number(company.Pc4)).Append(',')
                .Append(ShortfallReportCsv.Field(company.Place)).Append(',')
                .Append(ShortfallReportCsv.Field(company.RegionCode)).Append(',')
                .Append(Number(company.StudentsWithinReach)).Append(',')
                .Append(Number(company.Placements)).Append(',')
                // "25774 BOL; 25775 BBL" with the counts in the same order, so a filter on one column still reads.
                .Append(ShortfallReportCsv.Field(string.Join("; ", company.Accreditations.Select(a => $"{Number(a.Crebo)} {a.LearningPath}")))).Append(',')
                .Append(ShortfallReportCsv.Field(string.Join("; ", company.Accreditations.Select(a => Number(a.OpenOffers))))).Append(',')
                .Append(ShortfallReportCsv.Field(string.Join("; ", company.Accreditations.Select(a => Number(a.OffersBefore))))).Append(',')
                .Append(ShortfallReportCsv.Field(company.Reason))
                .Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
