using Matching.Jobs.Reports;
using Npgsql;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// Finds, for flagged cells of a week's snapshot, the accredited leerbedrijven to recruit places from (see
/// <see cref="RecruitRanking"/>). The cell and its short crebos (those with a shortfall of their own) are the snapshot's;
/// the students, accreditations, offers and placements are as they are now, so the list follows the offers companies
/// open after the snapshot. The same few queries for any number of cells: the cells' students (<see cref="CellStudentsQuery"/>),
/// then what the companies accredited for their crebos offer (<see cref="CompanySupplyQuery"/>); the rest is in memory.
/// </summary>
public sealed class CompaniesToRecruit(NpgsqlDataSource dataSource)
{
    /// <summary>Every company to recruit for each of the cells (flagged cells of <paramref name="week"/>), in the cells' order.</summary>
    public Task<IReadOnlyList<CellRecruits>> FindAsync(IsoWeek week, IReadOnlyList<ShortfallCell> cells, CancellationToken cancellationToken) =>
        FindAsync(week, cells, int.MaxValue, cancellationToken);

    /// <summary>The first <paramref name="companiesPerCell"/> companies to recruit for each of the cells, each with the total all the same.</summary>
    public async Task<IReadOnlyList<CellRecruits>> FindAsync(
        IsoWeek week, IReadOnlyList<ShortfallCell> cells, int companiesPerCell, CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyList<CreboShortfall>> shortCrebos = [.. cells.Select(cell => (IReadOnlyList<CreboShortfall>)[.. cell.ByCrebo.Where(crebo => crebo.Shortfall > 0)])];
        if (shortCrebos.All(crebos => crebos.Count == 0))
        {
            return [.. cells.Select(cell => new CellRecruits(cell.Id, 0, 0, []))];
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var firstMonth = await FirstMonthAsync(connection, week, cancellationToken);
        var students = await CellStudentsQuery.ReadAsync(
            connection, firstMonth, cells, [.. shortCrebos.Select(crebos => (IReadOnlyList<int>)[.. crebos.Select(c => c.Crebo)])], cancellationToken);
        var withStudents = Enumerable.Range(0, cells.Count).Where(i => students[i].Count > 0).ToList();
        var supply = await CompanySupplyQuery.ReadAsync(
            connection,
            [.. withStudents.Select(i => new CellArea(cells[i].RegionCode, ReachBox.Of(students[i]), [.. students[i].Select(group => group.Crebo).Distinct()]))],
            firstMonth,
            withStudents.Count == 0 ? firstMonth : withStudents.Min(i => cells[i].StartMonth),
            withStudents.Count == 0 ? firstMonth : withStudents.Max(i => cells[i].StartMonth),
            cancellationToken);
        var recruits = new List<CellRecruits>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var candidates = RecruitCandidates.ForCell(cells[i].RegionCode, cells[i].StartMonth, firstMonth, students[i], supply);
            var names = shortCrebos[i].ToDictionary(crebo => crebo.Crebo, crebo => crebo.Name);
            var (total, ranked) = RecruitRanking.Rank(
                cells[i].RegionCode, cells[i].StartMonth, names, students[i], candidates, supply.Placements, companiesPerCell);
            recruits.Add(new CellRecruits(cells[i].Id, students[i].Sum(group => group.Count), total, ranked));
        }
        return recruits;
    }

    /// <summary>
    /// The snapshot's first month, its earliest start month: every seeking student and open offer falls in a month from
    /// there on, so no cell lies before it (the job takes it from the day it runs, which the snapshot does not keep).
    /// </summary>
    private static async Task<DateOnly> FirstMonthAsync(NpgsqlConnection connection, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT min(start_month) FROM shortfall_snapshots WHERE iso_week = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateOnly>(0) : default;
    }
}
