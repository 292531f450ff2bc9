namespace Matching.Demo;

// A branch of the regional economy (port, care, construction...) in one SBB sector, with its share of
// companies and students and the phrases its vacancies use. Student and company weights differ on purpose,
// so that the demo shows shortfalls in some branches and surpluses in others.
internal sealed record DemoBranch(
    string Key,
    string SectorCode,
    int CompanyWeight,
    int StudentWeight,
    double BblShare,
    string[] EmailLocals,
    string[] Cao,
    string[] Benefits,
    string[] Requirements,
    string[] StudentDomains,
    string[] StudentMotivation,
    DemoCompanyKind[] Kinds,
    DemoRole[] Roles);
