using Matching.Api.Reference;

namespace Matching.Demo;

// For a national dataset: the current qualifications of one SBB sector that no regional branch trains for, in
// one branch with a role per SBB dossier (related qualifications), so that every current qualification has
// students, accredited companies and offers. Its phrases fit any line of work; the qualification's own name
// in titles, requirements and student texts is what makes them match.
internal static class GeneralBranch
{
    public static DemoBranch Create(Sector sector, IReadOnlyList<Qualification> qualifications)
    {
        var roles = qualifications
            .GroupBy(q => q.Dossier, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(dossier => Role(
                $"general-{sector.Code}-{dossier.Key}",
                [.. dossier.Select(q => q.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToArray();
        var domain = $"in de sector {sector.Name.ToLowerInvariant()}";
        return new DemoBranch(
            Key: $"general-{sector.Code}",
            SectorCode: sector.Code,
            CompanyWeight: 2,
            StudentWeight: 2,
            BblShare: 0.35,
            EmailLocals: ["stages", "hr", "info", "werkenbij"],
            Cao: ["de cao van de branche", "de geldende cao"],
            Benefits:
            [
                "Een vaste praktijkopleider die tijd voor je maakt",
                "Een stagevergoeding en reiskosten",
                "Kans op een baan na je opleiding",
                "Een team dat je echt laat meedoen",
            ],
            Requirements: ["Je bent leergierig en betrouwbaar", "Je werkt graag samen"],
            StudentDomains: [domain],
            StudentMotivation: ["ik wil het vak in de praktijk leren", "ik wil laten zien wat ik kan"],
            Kinds:
            [
                new DemoCompanyKind(
                    Key: "general",
                    Weight: 1,
                    Size: 1,
                    PortAffinity: 0,
                    Roles: [.. roles.Select(r => r.Key)],
                    Names: ["{familie} B.V.", "{familie} & Zn. B.V.", "{plaats} Vakbedrijf B.V.", "{water} Groep B.V."],
                    Intros:
                    [
                        "{bedrijf} is een erkend leerbedrijf {ingebied} met {medewerkers} medewerkers.",
                        "{bedrijf} bestaat sinds {jaar} en werkt voor klanten in de regio {regio}.",
                    ],
                    Workplace: ["Je werkt in een klein team in {plaats}, met een vaste begeleider."]),
            ],
            Roles: roles);
    }

    private static DemoRole Role(string key, string[] names) => new(
        Key: key,
        Weight: 1,
        Qualifications: [.. names.Select(n => (n, 1))],
        Specialisations: [],
        Tasks:
        [
            "Je draait mee in het dagelijkse werk van het team",
            "Je leert de vaardigheden van je opleiding in de praktijk",
            "Je voert opdrachten uit onder begeleiding van een ervaren collega",
            "Je helpt klanten en collega's en denkt mee over verbeteringen",
        ],
        SeniorTasks: ["Je neemt steeds meer zelfstandig werk op je", "Je begeleidt nieuwe collega's"],
        Requirements: ["Je bent nieuwsgierig en stelt vragen", "Je bent op tijd en houdt je aan afspraken"],
        Certificates: [],
        StudentExperience: ["ik heb een bijbaan naast school", "ik heb al eerder stage gelopen"],
        StudentTraits: ["ik ben leergierig", "ik werk graag samen"],
        StudentInterests: ["ik wil na mijn opleiding in dit vak blijven werken"]);
}
