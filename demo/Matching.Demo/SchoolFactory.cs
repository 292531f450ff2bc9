namespace Matching.Demo;

internal static class SchoolFactory
{
    // Two digits and two capitals: 90 * 26 * 26 codes.
    public const int MaxSchools = 90 * 26 * 26;

    // The MBO schools of Rotterdam-Rijnmond and around it, with the branches they train for and a rough size.
    // Technical programmes of Albeda and Zadkine moved to Techniek College Rotterdam, the port's to STC.
    // BRIN codes are drawn at random: the demo must not pose as a real school's administration.
    private static readonly (string Name, string[]? Branches, int Weight)[] Known =
    [
        ("Albeda", ["care", "welfare", "retail", "hospitality", "security", "ict", "logistics", "cleaning"], 22),
        ("Zadkine", ["care", "welfare", "retail", "hospitality", "security", "ict", "logistics", "cleaning"], 22),
        ("Techniek College Rotterdam", ["construction", "installation", "process"], 10),
        ("STC Group", ["port", "logistics", "process"], 9),
        ("Hoornbeeck College", ["care", "welfare", "ict", "retail", "security"], 6),
        ("Grafisch Lyceum Rotterdam", ["ict"], 5),
        ("Lentiz onderwijsgroep", ["hospitality", "retail", "cleaning", "care"], 4),
        ("Da Vinci College", null, 6),
        ("Yuverta mbo Rotterdam", ["hospitality", "retail", "cleaning"], 2),
        ("Citycollege Rotterdam", ["security", "welfare", "retail", "logistics"], 2),
    ];

    private static readonly (string Pattern, string[]? Branches)[] Generated =
    [
        ("ROC {0}", null), ("MBO College {0}", null), ("Technisch College {0}", ["construction", "installation", "process"]),
        ("Zorgcollege {0}", ["care", "welfare"]), ("Vakcollege {0}", null),
    ];

    public static IReadOnlyList<SchoolPlan> Create(int count, DemoGeography geography, DemoRandom random)
    {
        var schools = new List<SchoolPlan>(count);
        var brins = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            string name;
            string[]? branches;
            int weight;
            if (i < Known.Length)
            {
                (name, branches, weight) = Known[i];
            }
            else
            {
                // A national run needs more schools than we know by name: name them after the regions' municipalities.
                var (pattern, focus) = Generated[(i - Known.Length) % Generated.Length];
                var municipality = geography.MunicipalityNames.Count > 0
                    ? geography.MunicipalityNames[(i - Known.Length) / Generated.Length % geography.MunicipalityNames.Count]
                    : "Nederland";
                name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, municipality);
                (branches, weight) = (focus, 5);
            }
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                unique = $"{name} {n}";
            }
            schools.Add(new SchoolPlan(new DemoSchool(NewBrin(random, brins), unique), branches, weight));
        }
        return schools;
    }

    private static string NewBrin(DemoRandom random, HashSet<string> taken)
    {
        while (true)
        {
            Span<char> brin = [(char)('1' + random.Next(9)), (char)('0' + random.Next(10)), (char)('A' + random.Next(26)), (char)('A' + random.Next(26))];
            var code = new string(brin);
            if (taken.Add(code))
            {
                return code;
            }
        }
    }
}
