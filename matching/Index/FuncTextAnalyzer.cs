namespace Matching.Engine.Index;

internal sealed class FuncTextAnalyzer(Func<string, IReadOnlyList<string>> analyze) : ITextAnalyzer
{
    public int Analyze(string text, List<string> terms)
    {
        var analyzed = analyze(text);
        terms.AddRange(analyzed);
        return analyzed.Count;
    }
}
