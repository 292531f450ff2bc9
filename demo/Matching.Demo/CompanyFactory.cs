using System.Globalization;
using System.Text;
using Matching.Api.OpenApi;
using Matching.Api.Reference;

namespace Matching.Demo;

internal static class CompanyFactory
{
    private static readonly string[] LegalForms = [" B.V.", " N.V.", " V.O.F."];

    public static GeneratedCompanies Create(
        int count, IReadOnlyList<ResolvedBranch> catalog, DemoGeography geography, ReferenceDataSet reference, DateOnly today, DemoRandom random)
    {
        var branches = new WeightedTable<ResolvedBranch>(catalog.Select(b => (b, b.Branch.CompanyWeight)));
        var composer = new TextComposer(random);
        var companies = new DemoCompany[count];
        var plans = new CompanyPlan[count];
        var accreditations = new List<DemoAccreditation>(count * 6);
        // The document's company example must be new on the demo data (Swagger UI's first click is a 201, not a 409).
        var kvks = new HashSet<int> { int.Parse(ExampleValues.NewCompanyKvk, CultureInfo.InvariantCulture) };
        var names = new HashSet<string>(StringComparer.Ordinal);
        var regionNames = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var i = 0; i < count; i++)
        {
            var branch = branches.Pick(random);
            var kind = branch.KindTable.Pick(random);
            var postcode = kind.Kind.PortAffinity > 0 && geography.Port.Count > 0 && random.Chance(kind.Kind.PortAffinity)
                ? random.Pick(geography.Port)
                : random.Pick(geography.Residential);
            var region = RegionName(reference, postcode, regionNames);

            composer.Slots.Place = DemoGeography.PlaceName(postcode);
            composer.Slots.Area = DemoGeography.AreaName(postcode);
            composer.Slots.AreaWithArticle = DemoGeography.AreaWithArticle(postcode);
            composer.Slots.AreaLocative = DemoGeography.AreaLocative(postcode);
            composer.Slots.Region = region;
            var name = UniqueName(composer, kind.Kind.Names, names, composer.Slots.Place);
            var shortName = ShortName(name);

            var company = new DemoCompany(
                random.NextGuid(),
                NewKvk(random, kvks),
                name,
                branch.Branch.SectorCode,
                postcode.Code,
                $"{random.Pick(branch.Branch.EmailLocals)}@{Domain(shortName)}");
            var grants = Accredit(company, kind, branch.Branch.BblShare, today, random, accreditations);

            // Most leerbedrijven offer a place or two a year; a few large ones (hospitals, terminals) offer many.
            var size = kind.Kind.Size * (1 + random.Next(4)) * (random.Chance(0.05) ? 4 : 1);
            companies[i] = company;
            var headcount = random.Pick(NameParts.Headcounts[Math.Min(kind.Kind.Size, NameParts.Headcounts.Length) - 1]);
            plans[i] = new CompanyPlan(company, shortName, region, branch, kind, postcode, grants, size, headcount, random.Pick(NameParts.Founded));
        }
        return new GeneratedCompanies(companies, [.. accreditations], plans);
    }

    private static RoleGrant[] Accredit(
        DemoCompany company, ResolvedKind kind, double bblShare, DateOnly today, DemoRandom random, List<DemoAccreditation> accreditations)
    {
        var roleCount = Math.Min(kind.Roles.Length, 1 + (random.Chance(0.45) ? 1 : 0) + (random.Chance(0.15) ? 1 : 0));
        Span<int> order = stackalloc int[kind.Roles.Length];
        random.PickDistinct(order, kind.Roles.Length, roleCount);

        // A company that lost its accreditation keeps its records, now expired: the matching must notice.
        // Companies in BBL-heavy branches more often train only BBL students, and the other way round.
        var lapsed = random.Chance(0.04);
        var draw = random.NextDouble();
        var allowBol = draw >= bblShare * 0.4;
        var allowBbl = draw < bblShare * 0.4 || draw >= bblShare * 0.4 + (1 - bblShare) * 0.3;

        var grants = new RoleGrant[roleCount];
        var entries = new List<GrantEntry>();
        var granted = new Dictionary<(int Crebo, string Path), bool>();
        for (var r = 0; r < roleCount; r++)
        {
            var role = kind.Roles[order[r]];
            entries.Clear();
            foreach (var name in role.Names)
            {
                if (!random.Chance(0.7))
                {
                    continue;
                }
                AddName(company, name, allowBol, allowBbl, lapsed, today, random, entries, accreditations, granted);
            }
            if (entries.Count == 0)
            {
                AddName(company, role.NameTable.Pick(random), allowBol, allowBbl, lapsed, today, random, entries, accreditations, granted);
            }
            grants[r] = new RoleGrant(role, [.. entries]);
        }
        return grants;
    }

    private static void AddName(
        DemoCompany company, ResolvedName name, bool allowBol, bool allowBbl, bool lapsed, DateOnly today, DemoRandom random,
        List<GrantEntry> entries, List<DemoAccreditation> accreditations, Dictionary<(int Crebo, string Path), bool> granted)
    {
        // When SBB revised a qualification, most companies are accredited for both the old and the new crebo.
        var crebos = name.Crebos.Length > 1 && random.Chance(0.8) ? name.Crebos.Length : 1;
        for (var c = 0; c < crebos; c++)
        {
            var qualification = name.Crebos[c];
            var (offersBol, offersBbl) = (qualification.LearningPaths.Contains("BOL"), qualification.LearningPaths.Contains("BBL"));
            var (bol, bbl) = (offersBol && allowBol, offersBbl && allowBbl);
            if (!bol && !bbl)
            {
                (bol, bbl) = (offersBol, offersBbl);
            }
            if (bol)
            {
                AddPath(company, qualification, name, "BOL", lapsed, today, random, entries, accreditations, granted);
            }
            if (bbl)
            {
                AddPath(company, qualification, name, "BBL", lapsed, today, random, entries, accreditations, granted);
            }
        }
    }

    private static void AddPath(
        DemoCompany company, Qualification qualification, ResolvedName name, string path, bool lapsed, DateOnly today, DemoRandom random,
        List<GrantEntry> entries, List<DemoAccreditation> accreditations, Dictionary<(int Crebo, string Path), bool> granted)
    {
        // One accreditation per crebo and path, also where two roles of a company lead to the same qualification.
        if (granted.TryGetValue((qualification.Crebo, path), out var known))
        {
            entries.Add(new GrantEntry(qualification, name, path, known));
            return;
        }
        var validFrom = today.AddDays(-random.Next(30, 365 * 12));
        DateOnly? validUntil = null;
        if (lapsed || random.Chance(0.02))
        {
            var span = Math.Max(1, today.DayNumber - validFrom.DayNumber - 1);
            validUntil = validFrom.AddDays(random.Next(span));
        }
        else if (random.Chance(0.07))
        {
            validUntil = today.AddDays(random.Next(30, 720));
        }
        var valid = validUntil is null || validUntil.Value >= today;
        granted[(qualification.Crebo, path)] = valid;
        accreditations.Add(new DemoAccreditation(random.NextGuid(), company.Id, qualification.Crebo, path, validFrom, validUntil));
        entries.Add(new GrantEntry(qualification, name, path, valid));
    }

    private static string UniqueName(TextComposer composer, string[] patterns, HashSet<string> taken, string place)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var name = composer.Expand(composer.Random.Pick(patterns));
            if (taken.Add(name))
            {
                return name;
            }
        }

        // Common names repeat in a large run; a branch office is then named after its place, as firms do.
        var basis = composer.Expand(composer.Random.Pick(patterns));
        var shortName = ShortName(basis);
        var legal = basis[shortName.Length..];
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{shortName} {place}{legal}" : $"{shortName} {place} {n}{legal}";
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    public static string ShortName(string name)
    {
        foreach (var form in LegalForms)
        {
            if (name.EndsWith(form, StringComparison.Ordinal))
            {
                return name[..^form.Length];
            }
        }
        return name;
    }

    // Contact addresses use the reserved .example top-level domain (RFC 2606): a report job or a webhook test
    // run against demo data must never mail a real firm that happens to share an invented name.
    private static string Domain(string shortName)
    {
        var slug = ReferenceDataSet.Slug(shortName);
        if (slug.Length > 40)
        {
            var cut = slug.LastIndexOf('-', 40);
            slug = slug[..(cut > 0 ? cut : 40)];
        }
        return new StringBuilder(slug.Length + 8).Append(slug.Length > 0 ? slug : "leerbedrijf").Append(".example").ToString();
    }

    private static string NewKvk(DemoRandom random, HashSet<int> taken)
    {
        while (true)
        {
            var kvk = random.Next(10_000_000, 100_000_000);
            if (taken.Add(kvk))
            {
                return kvk.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static string RegionName(ReferenceDataSet reference, Postcode postcode, Dictionary<string, string> cache)
    {
        if (!cache.TryGetValue(postcode.MunicipalityCode, out var name))
        {
            var municipality = reference.MunicipalityOf(postcode);
            name = reference.FindRegion(municipality.RegionCode)?.Name ?? municipality.Name;
            cache[postcode.MunicipalityCode] = name;
        }
        return name;
    }
}
