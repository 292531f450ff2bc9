using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;

namespace Matching.Jobs.Tests.Reports;

/// <summary>Reports to render: a realistic week for four regions, and small hand-made ones for edge cases.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset ComputedAt = new(2026, 3, 2, 6, 0, 12, TimeSpan.FromHours(1));

    public static readonly IsoWeek Week = IsoWeek.Parse("2026-W10");

    private static readonly (string Code, string Name)[] Regions =
    [
        ("GA", "Groot Amsterdam"),
        ("RM", "Rijnmond"),
        ("UM", "Midden-Utrecht"),
        ("TW", "Twente"),
    ];

    // Sector, its crebo's, and how far demand runs ahead of supply there (1 = balanced).
    private static readonly (string Code, string Name, double Pressure, (int Crebo, string Name)[] Crebos)[] Sectors =
    [
        ("ZWS", "Zorg, welzijn en sport", 1.45, [(25655, "Verzorgende-IG"), (25480, "Maatschappelijke zorg"), (25698, "Pedagogisch medewerker"), (25407, "Sport- en bewegingsleider")]),
        ("TGO", "Techniek en gebouwde omgeving", 1.3, [(25758, "Eerste monteur elektrotechnische installaties"), (25244, "Timmerman"), (25760, "Monteur werktuigkundige installaties")]),
        ("ICT", "ICT en creatieve industrie", 1.12, [(25604, "Software developer"), (25605, "Expert IT systems and devices"), (25186, "Mediavormgever")]),
        ("MTLM", "Mobiliteit, transport, logistiek en maritiem", 1.02, [(25411, "Logistiek medewerker"), (25281, "Autotechnicus")]),
        ("HAN", "Handel", 0.82, [(25248, "Verkoper"), (25254, "Manager retail")]),
        ("HB", "Horeca en bakkerij", 0.7, [(25168, "Zelfstandig werkend kok"), (25172, "Gastheer/gastvrouw")]),
    ];

    /// <summary>Six sectors by four regions by six start months, and a 12-week trend for each flagged sector.</summary>
    public static ShortfallReport Realistic()
    {
        var random = new Random(2026);
        var cells = new List<ShortfallCell>();
        foreach (var sector in Sectors)
        {
            foreach (var region in Regions)
            {
                for (var month = 0; month < 6; month++)
                {
                    var start = new DateOnly(2026, 3, 1).AddMonths(month);
                    // September starts dominate MBO intakes; February is the second wave.
                    var season = start.Month == 9 ? 3.2 : start.Month == 8 ? 1.4 : 1.0;
                    var demand = (int)(random.Next(8, 26) * season);
                    var supply = (int)(demand / sector.Pressure * (0.8 + random.NextDouble() * 0.4));
                    var shortfall = demand - supply;
                    var flagged = shortfall >= 8;
                    cells.Add(new ShortfallCell(sector.Code, sector.Name, region.Code, region.Name, start, demand, supply, shortfall, flagged,
                        flagged ? Breakdown(random, sector.Crebos, demand, supply) : []));
                }
            }
        }

        var flaggedSectors = Sectors.Where(sector => cells.Any(cell => cell.SectorCode == sector.Code && cell.Flagged));
        var trends = flaggedSectors.Select(sector => Trend(random, sector.Code, sector.Name, cells)).ToList();
        return new ShortfallReport(Week, ComputedAt, [.. Regions.Select(region => region.Code)], [.. Sectors.Select(sector => sector.Code)], cells, trends, Rounds,
            Recruits(cells));
    }

    private static readonly string[] CompanyNames =
    [
        "Zorggroep De Zonnebloem", "Installatiebedrijf Van der Linden B.V.", "Bouwbedrijf Hoogendoorn & Zonen B.V.", "Kinderopvang Het Kabouterhuis",
        "Elektrotechniek Smit B.V.", "Thuiszorg Rijnmond-Zuid", "Softwarehuis Bytes & Bits B.V.", "Logistiek Centrum Waalhaven B.V.",
    ];

    /// <summary>
    /// For the flagged cells with the largest shortfall, as the builder takes them, up to five companies to recruit (from its
    /// own stream, so that the cells and trends stay as they were); one cell finds none.
    /// </summary>
    private static List<CellRecruits> Recruits(List<ShortfallCell> cells)
    {
        var random = new Random(20260302);
        var recruits = new List<CellRecruits>();
        foreach (var cell in cells.Where(cell => cell.Flagged).OrderByDescending(cell => cell.Shortfall).Take(ShortfallReportBuilder.RecruitCells))
        {
            var crebos = cell.ByCrebo.Where(crebo => crebo.Shortfall > 0).ToList();
            var total = recruits.Count == 1 || crebos.Count == 0 ? 0 : random.Next(1, 14);
            var reach = cell.Demand;
            var companies = new List<CompanyToRecruit>();
            for (var rank = 1; rank <= Math.Min(total, ShortfallReportBuilder.RecruitsPerCell); rank++)
            {
                reach = random.Next(reach / 2, reach + 1);
                var crebo = crebos[random.Next(crebos.Count)];
                var path = random.Next(3) == 0 ? "BBL" : "BOL";
                var (open, before) = random.Next(3) == 0 ? (1, random.Next(2, 5)) : (0, random.Next(0, 3));
                var placements = random.Next(0, 6);
                var accreditations = new[] { new RecruitAccreditation(crebo.Crebo, crebo.Name, path, reach, open, before, placements) };
                companies.Add(new CompanyToRecruit(rank, Guid.Empty, $"{random.Next(10_000_000, 99_999_999)}", CompanyNames[random.Next(CompanyNames.Length)],
                    random.Next(1000, 9999), cell.RegionName, cell.RegionCode, cell.RegionName, reach, placements, accreditations, ""));
            }
            recruits.Add(new CellRecruits(cell.Id, crebos.Sum(crebo => crebo.Demand), total, companies));
        }
        return recruits;
    }

    /// <summary>Two rounds of the realistic week: one confirmed, one proposed that spans two regions.</summary>
    public static readonly ReportRound[] Rounds =
    [
        new(Guid.Parse("0197d0a4-0000-7000-8000-000000000001"), "Septemberronde Zorg", ["RM", "UM"], ["Rijnmond", "Midden-Utrecht"], ["ZWS"],
            new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30), "proposed", ComputedAt.AddDays(-2), null, 186, 149, 131, 12, 0),
        new(Guid.Parse("0197d0a4-0000-7000-8000-000000000002"), "Voorjaarsronde Twente", ["TW"], ["Twente"], [],
            new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), "confirmed", ComputedAt.AddDays(-16), ComputedAt.AddDays(-9), 1204, 1096, 1051, 0, 4),
    ];

    public static ShortfallReport Empty() => new(Week, ComputedAt, [], [], [], [], [], []);

    public static ShortfallReport WithCells(params ShortfallCell[] cells) => new(Week, ComputedAt, ["Twente"], ["Handel"], cells, [], [], []);

    public static ShortfallCell Cell(string sectorName, string regionName, int demand, int supply, bool flagged = false, string sectorCode = "HAN", string regionCode = "TW") =>
        new(sectorCode, sectorName, regionCode, regionName, new DateOnly(2026, 9, 1), demand, supply, demand - supply, flagged, []);

    private static List<CreboShortfall> Breakdown(Random random, (int Crebo, string Name)[] crebos, int demand, int supply)
    {
        var result = new List<CreboShortfall>();
        var demandLeft = demand;
        var supplyLeft = supply;
        for (var i = 0; i < crebos.Length; i++)
        {
            var last = i == crebos.Length - 1;
            var d = last ? demandLeft : random.Next(0, demandLeft / 2 + 1);
            var s = last ? supplyLeft : Math.Min(supplyLeft, random.Next(0, d + 2));
            demandLeft -= d;
            supplyLeft -= s;
            result.Add(new CreboShortfall(crebos[i].Crebo, crebos[i].Name, d, s, d - s));
        }
        return result;
    }

    private static SectorTrend Trend(Random random, string code, string name, List<ShortfallCell> cells)
    {
        var demand = cells.Where(cell => cell.SectorCode == code).Sum(cell => cell.Demand);
        var supply = cells.Where(cell => cell.SectorCode == code).Sum(cell => cell.Supply);
        var points = new List<TrendPoint>();
        for (var week = 12; week >= 1; week--)
        {
            // Demand builds up towards the September intake while places are added more slowly, so the gap widens;
            // the last week is this report's own totals.
            var d = week == 1 ? demand : (int)(demand * (1 - (week - 1) * 0.035) + random.Next(-6, 7));
            var s = week == 1 ? supply : (int)(supply * (1 - (week - 1) * 0.015) + random.Next(-6, 7));
            var isoWeek = IsoWeek.Of(new DateOnly(2026, 3, 2).AddDays(-7 * (week - 1)));
            points.Add(new TrendPoint(isoWeek, d, s, d - s));
        }
        return new SectorTrend(code, name, points);
    }
}
