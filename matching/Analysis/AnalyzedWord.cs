namespace Matching.Engine.Analysis;

/// <summary>One word after analysis: its stem and, for a compound, the stems of its parts.</summary>
/// <param name="Stem">The stem of the whole word; empty for a stop word, which gives no terms.</param>
/// <param name="Parts">The stems of the compound's parts, without repeats and without the stem itself; empty for a simple word.</param>
public sealed record AnalyzedWord(string Stem, IReadOnlyList<string> Parts)
{
    /// <summary>Whether the word gives terms (it is not a stop word).</summary>
    public bool HasTerms => Stem.Length > 0;
}
