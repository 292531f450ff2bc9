namespace Matching.Engine.Index;

internal sealed class FuncTextAnalyzer(Func<string, IReadOnlyList<string>> analyze) : ITextAnalyzer
{
    public void Analyze(string text, List<string> terms) => terms.AddRange(analyze(text));
}
