namespace Matching.Engine.Index;

internal sealed class ActionTextAnalyzer(Action<string, List<string>> analyze) : ITextAnalyzer
{
    public void Analyze(string text, List<string> terms) => analyze(text, terms);
}
