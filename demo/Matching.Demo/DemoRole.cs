namespace Matching.Demo;

// One line of work within a branch, for instance "logistiek medewerker up to logistiek supervisor": the SBB
// qualification names that lead to it (matched against the reference list, not hard-coded crebos) and the
// phrases that vacancies and students use for it. Phrases are templates for TextComposer.
internal sealed record DemoRole(
    string Key,
    int Weight,
    (string Name, int Weight)[] Qualifications,
    string[] Specialisations,
    string[] Tasks,
    string[] SeniorTasks,
    string[] Requirements,
    string[] Certificates,
    string[] StudentExperience,
    string[] StudentTraits,
    string[] StudentInterests);
