namespace Matching.Engine.Index;

internal sealed class PositionalTextAnalyzer(Func<string, List<string>, int> analyze) : ITextAnalyzer
{
    public int Analyze(string text, List<string> terms) => analyze(text, terms);
}
