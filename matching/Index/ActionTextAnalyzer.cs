namespace Matching.Engine.Index;

internal sealed class ActionTextAnalyzer(Action<string, List<string>> analyze) : ITextAnalyzer
{
    public int Analyze(string text, List<string> terms)
    {
        var before = terms.Count;
        analyze(text, terms);
        return terms.Count - before;
    }
}
