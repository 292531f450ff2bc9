using Matching.Api.Reference;

namespace Matching.Demo;

internal static class DemoCatalog
{
    // Weighted for Rotterdam-Rijnmond, where the regional action plan centres on the port, logistics, care,
    // construction and the energy transition, engineering, facility services, retail and hospitality.
    public static IReadOnlyList<DemoBranch> Branches { get; } =
    [
        PortBranch.Create(),
        LogisticsBranch.Create(),
        CareBranch.Create(),
        WelfareBranch.Create(),
        ConstructionBranch.Create(),
        InstallationBranch.Create(),
        ProcessIndustryBranch.Create(),
        SecurityBranch.Create(),
        CleaningBranch.Create(),
        RetailBranch.Create(),
        HospitalityBranch.Create(),
        IctBranch.Create(),
    ];

    // Matches the roles' qualification names against the current qualifications of the branch's sector, so
    // the demo follows the reference list (a renamed or retired qualification simply drops out). With
    // allQualifications, every current qualification no branch names gets a general branch of its sector.
    public static IReadOnlyList<ResolvedBranch> Resolve(ReferenceDataSet reference, bool allQualifications = false)
    {
        var current = new Dictionary<(string Sector, string Name), List<Qualification>>();
        foreach (var qualification in reference.Qualifications)
        {
            if (!qualification.Current)
            {
                continue;
            }
            var key = (qualification.SectorCode, Normalize(qualification.Name));
            if (!current.TryGetValue(key, out var list))
            {
                current[key] = list = [];
            }
            list.Add(qualification);
        }

        var resolved = new List<ResolvedBranch>();
        foreach (var branch in Branches)
        {
            if (ResolveBranch(branch, current) is { } found)
            {
                resolved.Add(found);
            }
        }
        if (allQualifications)
        {
            // Appended after the regional branches, so that the draws for a regional dataset stay as they were.
            var covered = resolved.SelectMany(b => b.Roles).SelectMany(r => r.Names).SelectMany(n => n.Crebos).Select(q => q.Crebo).ToHashSet();
            var uncovered = reference.Qualifications
                .Where(q => q.Current && q.LearningPaths.Count > 0 && !covered.Contains(q.Crebo))
                .GroupBy(q => q.SectorCode, StringComparer.Ordinal);
            foreach (var sector in uncovered.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (reference.FindSector(sector.Key) is { } known && ResolveBranch(GeneralBranch.Create(known, [.. sector]), current) is { } found)
                {
                    resolved.Add(found);
                }
            }
        }
        if (resolved.Count == 0)
        {
            throw new InvalidOperationException("No current qualification in the reference data matches the demo catalog.");
        }
        return resolved;
    }

    private static ResolvedBranch? ResolveBranch(DemoBranch branch, Dictionary<(string Sector, string Name), List<Qualification>> current)
    {
        var roles = new List<ResolvedRole>();
        foreach (var role in branch.Roles)
        {
            var names = new List<ResolvedName>();
            foreach (var (name, weight) in role.Qualifications)
            {
                if (current.TryGetValue((branch.SectorCode, Normalize(name)), out var found))
                {
                    var crebos = found.OrderByDescending(q => q.Crebo).ToArray();
                    names.Add(new ResolvedName(crebos[0].Name, Display(crebos[0].Name), crebos[0].Level, weight, crebos));
                }
            }
            if (names.Count > 0)
            {
                roles.Add(new ResolvedRole(role, [.. names], new WeightedTable<ResolvedName>(names.Select(n => (n, n.Weight)))));
            }
        }
        var kinds = branch.Kinds
            .Select(kind => new ResolvedKind(kind, [.. roles.Where(r => kind.Roles.Contains(r.Role.Key))]))
            .Where(kind => kind.Roles.Length > 0)
            .ToList();
        if (roles.Count == 0 || kinds.Count == 0)
        {
            return null;
        }
        return new ResolvedBranch(
            branch,
            [.. roles],
            new WeightedTable<ResolvedRole>(roles.Select(r => (r, r.Role.Weight))),
            new WeightedTable<ResolvedKind>(kinds.Select(k => (k, k.Kind.Weight))));
    }

    private static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // Vacancy titles write "mbo-verpleegkundige" and "medewerker havenoperaties" but keep acronyms such as
    // "verzorgende-IG", "ICT" or "operator C": lower-case every part of the name that is not all capitals.
    private static string Display(string name)
    {
        var chars = name.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetterOrDigit(chars[i]))
            {
                continue;
            }
            var part = chars.AsSpan(start, i - start);
            var acronym = !part.ContainsAnyInRange('a', 'z');
            if (!acronym)
            {
                for (var j = 0; j < part.Length; j++)
                {
                    part[j] = char.ToLowerInvariant(part[j]);
                }
            }
            start = i + 1;
        }
        return new string(chars);
    }
}
