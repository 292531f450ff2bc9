namespace Matching.Engine.Index;

// One text field of one document after analysis: its distinct terms, their counts, and its length in tokens.
internal readonly record struct AnalyzedField(string[] Terms, int[] Freqs, int Length)
{
    public static readonly AnalyzedField Empty = new([], [], 0);
}
