namespace Matching.Api.Reference;

/// <summary>Where a typeahead word matched a qualification, strongest first: the order ranks the answers.</summary>
internal enum QualificationTermSource
{
    Name,
    Dossier,
    // A synonym or abbreviation from the synonym list, the initials of the name or dossier, or an ESCO occupation word.
    Synonym,
    // SBB's subgroup and main group ("Logistiek", "Zorg en welzijn"): broad, so last.
    Group,
}
