namespace Matching.Engine.Search;

/// <summary>
/// A factor on the relevance score. The final score of a hit is
/// <c>relevance * decay1 * decay2 * … * (1 + sum of matching preference weights) * penalty…</c>, multiplied in
/// float in that order: decays in request order, then the preference factor, then each matching <see cref="TermPenalty"/>.
/// </summary>
public abstract record ScoreFunction
{
    private protected ScoreFunction()
    {
    }
}
