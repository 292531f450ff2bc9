using System.Globalization;

namespace Matching.Demo;

internal static class StudentFactory
{
    private static readonly (int Value, int Weight)[] Distances = [(5, 8), (10, 20), (15, 22), (20, 20), (25, 12), (30, 10), (40, 6), (50, 2)];
    private static readonly (int Value, int Weight)[] BolHours = [(32, 25), (36, 25), (38, 10), (40, 40)];
    private static readonly (int Value, int Weight)[] BblHours = [(24, 10), (28, 10), (32, 30), (36, 30), (38, 10), (40, 10)];
    private static readonly (int Value, int Weight)[] BolWeeks = [(10, 10), (12, 8), (16, 10), (20, 30), (24, 12), (26, 15), (40, 15)];

    // Home languages of Rotterdam's students besides Dutch, roughly by how often they are spoken.
    private static readonly (string Value, int Weight)[] HomeLanguages =
    [
        ("tr", 20), ("ar", 18), ("pl", 12), ("es", 7), ("uk", 6), ("pt", 5), ("ro", 5), ("bg", 5), ("fr", 5), ("so", 4),
        ("ru", 4), ("de", 3), ("zh", 3), ("ku", 3), ("fa", 3), ("ti", 3), ("ur", 2), ("hi", 2), ("sr", 2), ("hr", 1),
    ];

    public static DemoStudent[] Create(
        int count, IReadOnlyList<SchoolPlan> schools, IReadOnlyList<ResolvedBranch> catalog, DemoGeography geography, DateOnly today, DemoRandom random)
    {
        var students = new DemoStudent[count];
        if (count == 0)
        {
            return students;
        }
        var branches = new WeightedTable<ResolvedBranch>(catalog.Select(b => (b, b.Branch.StudentWeight)));
        var schoolsByBranch = catalog.ToDictionary(b => b.Branch.Key, b => SchoolsFor(b.Branch.Key, schools), StringComparer.Ordinal);
        var counters = new int[schools.Count];
        var distances = new WeightedTable<int>(Distances);
        var bolHours = new WeightedTable<int>(BolHours);
        var bblHours = new WeightedTable<int>(BblHours);
        var bolWeeks = new WeightedTable<int>(BolWeeks);
        var homeLanguages = new WeightedTable<string>(HomeLanguages);
        var sectorLists = catalog.Select(b => b.Branch.SectorCode).Distinct(StringComparer.Ordinal)
            .ToDictionary(code => code, code => (IReadOnlyList<string>)Array.AsReadOnly([code]), StringComparer.Ordinal);
        var allSectors = sectorLists.Keys.ToArray();
        var writer = new StudentTextWriter(new TextComposer(random));
        var year = today.Year.ToString(CultureInfo.InvariantCulture);

        for (var i = 0; i < count; i++)
        {
            var branch = branches.Pick(random);
            var role = branch.RoleTable.Pick(random);
            var name = role.NameTable.Pick(random);

            // Students mostly follow the newest crebo of a revised qualification; a few started on the older one.
            var qualification = name.Crebos.Length > 1 && random.Chance(0.25) ? random.Pick(name.Crebos) : name.Crebos[0];
            var paths = qualification.LearningPaths;
            var bbl = paths.Contains("BBL") && (!paths.Contains("BOL") || random.Chance(branch.Branch.BblShare));

            var school = schoolsByBranch[branch.Branch.Key].Pick(random);
            var number = ++counters[school];
            var postcode = random.Pick(geography.Residential);

            // BBL students work for their employer and can travel further; a few are available already.
            var distance = distances.Pick(random) + (bbl ? 5 : 0);
            var availableFrom = random.Chance(0.15)
                ? today.AddDays(-random.Next(0, 61))
                : AlignedStart(today.AddDays(random.Next(0, 181)), random);
            DateOnly? availableUntil = bbl
                ? random.Chance(0.3) ? availableFrom.AddMonths(random.Next(12, 37)) : null
                : random.Chance(0.85) ? availableFrom.AddDays(7 * bolWeeks.Pick(random) - 3) : null;
            var hours = bbl ? bblHours.Pick(random) : bolHours.Pick(random);
            var languages = Languages(branch.Branch.Key, homeLanguages, random);

            var text = writer.Write(new StudentDraft(branch, role, name, bbl, postcode, distance, availableFrom, today, hours, languages));
            students[i] = new DemoStudent(
                random.NextGuid(),
                schools[school].School.Brin,
                $"STU-{year}-{number.ToString("D6", CultureInfo.InvariantCulture)}",
                qualification.Crebo,
                qualification.Level,
                bbl ? "BBL" : "BOL",
                postcode.Code,
                distance,
                availableFrom,
                availableUntil,
                hours,
                PreferredSectors(branch.Branch.SectorCode, sectorLists, allSectors, random),
                text,
                languages,
                random.NextDouble() switch { < 0.86 => "seeking", < 0.95 => "placed", _ => "inactive" });
        }
        return students;
    }

    // Indexes of the schools that teach the branch, weighted by size; every school if none does.
    private static WeightedTable<int> SchoolsFor(string branch, IReadOnlyList<SchoolPlan> schools)
    {
        var teaching = Enumerable.Range(0, schools.Count).Where(i => schools[i].Branches?.Contains(branch) ?? true).ToList();
        return new WeightedTable<int>((teaching.Count > 0 ? teaching : Enumerable.Range(0, schools.Count)).Select(i => (i, schools[i].Weight)));
    }

    // School periods start on a first of the month or a Monday.
    private static DateOnly AlignedStart(DateOnly date, DemoRandom random) => random.Chance(0.5)
        ? new DateOnly(date.Year, date.Month, 1).AddMonths(1)
        : date.AddDays((8 - (int)date.DayOfWeek) % 7);

    private static IReadOnlyList<string> PreferredSectors(
        string own, Dictionary<string, IReadOnlyList<string>> single, string[] all, DemoRandom random)
    {
        var draw = random.NextDouble();
        if (draw < 0.7 || all.Length < 2)
        {
            return single[own];
        }
        if (draw < 0.85)
        {
            var other = random.Pick(all);
            return other == own ? single[own] : [own, other];
        }
        return [];
    }

    private static IReadOnlyList<string> Languages(string branch, WeightedTable<string> homeLanguages, DemoRandom random)
    {
        var languages = new List<string>(3);

        // A few newcomers (for instance from Ukraine) do not speak Dutch yet.
        var dutch = random.Chance(0.97);
        if (dutch)
        {
            languages.Add("nl");
        }
        if (!dutch || random.Chance(branch == "ict" ? 0.85 : 0.5))
        {
            languages.Add("en");
        }
        if (!dutch || random.Chance(0.35))
        {
            var home = homeLanguages.Pick(random);
            if (!languages.Contains(home))
            {
                languages.Add(home);
            }
        }
        return languages.ToArray();
    }
}
