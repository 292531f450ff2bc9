namespace Matching.Engine.Search;

/// <summary>
/// A factor on the relevance score. The final score of a hit is
/// <c>relevance * decay1 * decay2 * … * (1 + sum of matching preference weights)</c>, multiplied in float in
/// that order: decays in request order, the preference factor last.
/// </summary>
public abstract record ScoreFunction
{
    private protected ScoreFunction()
    {
    }
}
