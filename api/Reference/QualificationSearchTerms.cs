namespace Matching.Api.Reference;

/// <summary>
/// What the typeahead knows of a qualification beyond <see cref="Qualification"/>: SBB's groups above its dossier
/// and the words of the ESCO occupations that carry its name. Not part of the API's answers.
/// </summary>
internal sealed record QualificationSearchTerms(string MainGroup, string SubGroup, IReadOnlyList<string> OccupationWords)
{
    public static readonly QualificationSearchTerms None = new("", "", []);
}
