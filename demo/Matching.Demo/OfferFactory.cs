namespace Matching.Demo;

internal static class OfferFactory
{
    private const int MaxCrebos = 20;

    private static readonly IReadOnlyList<string> Dutch = Array.AsReadOnly(["nl"]);
    private static readonly IReadOnlyList<string> DutchAndEnglish = Array.AsReadOnly(["nl", "en"]);
    private static readonly IReadOnlyList<string> English = Array.AsReadOnly(["en"]);

    private static readonly int[] ShortProgramme = [12, 18, 24];
    private static readonly int[] MiddleProgramme = [24, 24, 36];
    private static readonly int[] LongProgramme = [36, 36, 48];

    private static readonly (int Value, int Weight)[] PlacesWeights = [(1, 50), (2, 27), (3, 12), (4, 6), (5, 5)];
    private static readonly (int Value, int Weight)[] BolHours = [(32, 25), (36, 25), (38, 12), (40, 38)];
    private static readonly (int Value, int Weight)[] BblHours = [(24, 8), (28, 7), (32, 30), (36, 30), (38, 15), (40, 10)];
    private static readonly (int Value, int Weight)[] BolAllowances =
        [(100, 4), (150, 6), (200, 10), (250, 10), (300, 10), (350, 7), (400, 5), (450, 3), (500, 3)];
    private static readonly (int Value, int Weight)[] BolWeeks = [(10, 10), (12, 8), (16, 10), (20, 30), (24, 12), (26, 15), (40, 15)];

    public static DemoOffer[] Create(int count, CompanyPlan[] companies, DemoGeography geography, DateOnly today, DemoRandom random)
    {
        var offers = new DemoOffer[count];
        if (count == 0)
        {
            return offers;
        }
        // Branch first, then a company of the branch by size: the share of offers per branch stays what the
        // catalog says, whatever sizes the companies happened to draw, so the shortfall picture is stable.
        var table = new WeightedTable<WeightedTable<CompanyPlan>>(companies
            .GroupBy(c => c.Branch.Branch.Key, StringComparer.Ordinal)
            .Select(g => (new WeightedTable<CompanyPlan>(g.Select(c => (c, c.Size))), g.First().Branch.Branch.CompanyWeight)));
        var places = new WeightedTable<int>(PlacesWeights);
        var bolHours = new WeightedTable<int>(BolHours);
        var bblHours = new WeightedTable<int>(BblHours);
        var allowances = new WeightedTable<int>(BolAllowances);
        var bolWeeks = new WeightedTable<int>(BolWeeks);
        var writer = new OfferTextWriter(new TextComposer(random));
        var candidates = new List<GrantEntry>();
        var crebos = new List<int>();

        for (var i = 0; i < count; i++)
        {
            var company = table.Pick(random).Pick(random);
            var grant = random.Pick(company.Grants);
            var bbl = ChoosePath(grant, company.Branch.Branch.BblShare, random);
            var path = bbl ? "BBL" : "BOL";

            // Offers come from accredited companies; a lapsed accreditation still shows up now and then, as in real life.
            candidates.Clear();
            foreach (var entry in grant.Entries)
            {
                if (entry.Path == path && entry.Valid)
                {
                    candidates.Add(entry);
                }
            }
            if (candidates.Count == 0)
            {
                candidates.AddRange(grant.Entries.Where(e => e.Path == path));
            }
            var primary = PickByWeight(candidates, random);
            var (levelMin, levelMax) = LevelRange(primary, candidates, random);

            // The API accepts at most MaxCrebos per offer; the primary qualification always makes the cut.
            crebos.Clear();
            crebos.Add(primary.Qualification.Crebo);
            foreach (var entry in candidates)
            {
                if (crebos.Count < MaxCrebos && entry.Qualification.Level >= levelMin && entry.Qualification.Level <= levelMax
                    && !crebos.Contains(entry.Qualification.Crebo))
                {
                    crebos.Add(entry.Qualification.Crebo);
                }
            }
            AddUnaccreditedNowAndThen(grant.Role, path, levelMin, levelMax, crebos, random);
            crebos.Sort();

            var startDate = StartDate(today, random);
            var endDate = bbl
                ? startDate.AddMonths(BblMonths(primary.Qualification.Level, random)).AddDays(-1)
                : startDate.AddDays(7 * bolWeeks.Pick(random) - 3);
            var hours = bbl ? bblHours.Pick(random) : bolHours.Pick(random);
            int? allowance = bbl
                ? Salary(primary.Qualification.Level, hours, random)
                : random.Chance(0.7) ? allowances.Pick(random) : null;
            var languages = Languages(company.Branch.Branch.Key, primary.Qualification.Level, random);
            var pc4 = random.Chance(0.8) ? company.Postcode : geography.Near(company.Postcode, random);

            // A dental practice has room for a student or two; a hospital or a terminal for five.
            var placeCount = Math.Min(places.Pick(random), 2 * company.Kind.Kind.Size);

            var text = writer.Write(new OfferDraft(
                company, grant.Role, primary.Name, bbl, levelMin, levelMax, pc4, startDate, endDate, today, hours, allowance, languages));
            offers[i] = new DemoOffer(
                random.NextGuid(),
                company.Company.Id,
                text.Title,
                text.Description,
                text.Requirements,
                [.. crebos],
                levelMin,
                levelMax,
                path,
                pc4.Code,
                startDate,
                endDate,
                placeCount,
                hours,
                allowance,
                languages);
        }
        return offers;
    }

    private static bool ChoosePath(RoleGrant grant, double bblShare, DemoRandom random)
    {
        var (bol, bbl) = (false, false);
        foreach (var entry in grant.Entries)
        {
            bol |= entry.Path == "BOL";
            bbl |= entry.Path == "BBL";
        }
        return bol && bbl ? random.Chance(bblShare) : bbl;
    }

    private static GrantEntry PickByWeight(List<GrantEntry> entries, DemoRandom random)
    {
        var total = 0;
        foreach (var entry in entries)
        {
            total += entry.Name.Weight;
        }
        var pick = random.Next(total);
        foreach (var entry in entries)
        {
            pick -= entry.Name.Weight;
            if (pick < 0)
            {
                return entry;
            }
        }
        return entries[^1];
    }

    // A quarter of the offers accept a neighbouring level too (a kok or a zelfstandig werkend kok).
    private static (int Min, int Max) LevelRange(GrantEntry primary, List<GrantEntry> candidates, DemoRandom random)
    {
        var level = primary.Qualification.Level;
        if (!random.Chance(0.25))
        {
            return (level, level);
        }
        if (candidates.Exists(e => e.Qualification.Level == level + 1))
        {
            return (level, level + 1);
        }
        return candidates.Exists(e => e.Qualification.Level == level - 1) ? (level - 1, level) : (level, level);
    }

    // Now and then an offer also lists a crebo the company is not accredited for: data as schools meet it.
    private static void AddUnaccreditedNowAndThen(ResolvedRole role, string path, int levelMin, int levelMax, List<int> crebos, DemoRandom random)
    {
        if (crebos.Count >= MaxCrebos || !random.Chance(0.03))
        {
            return;
        }
        foreach (var name in role.Names)
        {
            foreach (var qualification in name.Crebos)
            {
                if (qualification.Level >= levelMin && qualification.Level <= levelMax
                    && qualification.LearningPaths.Contains(path) && !crebos.Contains(qualification.Crebo))
                {
                    crebos.Add(qualification.Crebo);
                    return;
                }
            }
        }
    }

    // Most offers start within the coming six months, on the first of a month or a Monday; some
    // started a few weeks ago and still have room.
    private static DateOnly StartDate(DateOnly today, DemoRandom random)
    {
        if (random.Chance(0.12))
        {
            var past = today.AddDays(-random.Next(1, 75));
            return past.AddDays(-(((int)past.DayOfWeek + 6) % 7));
        }
        var date = today.AddDays(random.Next(0, 184));
        if (random.Chance(0.5))
        {
            var first = new DateOnly(date.Year, date.Month, 1);
            return first < today ? first.AddMonths(1) : first;
        }
        return date.AddDays((8 - (int)date.DayOfWeek) % 7);
    }

    // A BBL contract runs for the length of the programme: one to two years at level 2, three or more at level 4.
    private static int BblMonths(int level, DemoRandom random) => level switch
    {
        1 => 12,
        2 => random.Pick(ShortProgramme),
        3 => random.Pick(MiddleProgramme),
        _ => random.Pick(LongProgramme),
    };

    // A BBL student is an employee: a youth wage that rises with the level, pro rata for the contract hours.
    private static int Salary(int level, int hours, DemoRandom random)
    {
        var fullTime = level switch { 1 => 900, 2 => 1100, 3 => 1450, _ => 1750 } + 50 * random.Next(0, 13);
        return (int)Math.Round(fullTime * hours / 38.0 / 25.0) * 25;
    }

    // English-only workplaces exist at software firms and forwarders, for students at level 3 or 4.
    private static IReadOnlyList<string> Languages(string branch, int level, DemoRandom random)
    {
        var international = branch is "port" or "ict" or "process";
        if (branch is "port" or "ict" && level >= 3 && random.Chance(0.05))
        {
            return English;
        }
        return random.Chance(international ? 0.3 : 0.12) ? DutchAndEnglish : Dutch;
    }
}
