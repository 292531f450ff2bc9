namespace Matching.Tests.LucenePeer;

/// <summary>
/// One query as both engines get it: body terms by occur, and optionally a keyword and a number range as filters
/// (required, never scoring). Terms are distinct across the lists, so that neither side's rewrite of repeated terms
/// comes into play (Lucene.Net 4.8 keeps repeats; the engine merges them as Lucene 9 does).
/// </summary>
internal sealed record PeerQuery(
    PeerShape Shape,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> Should,
    IReadOnlyList<string> MustNot,
    string? Sector,
    PeerRange? Numbers)
{
    public bool HasFilters => Sector is not null || Numbers is not null;

    // Lucene's query syntax, with # for a filter as Lucene 9 prints FILTER clauses: for assertion messages.
    public override string ToString() => string.Join(' ',
        Must.Select(term => $"+{term}")
            .Concat(Should)
            .Concat(MustNot.Select(term => $"-{term}"))
            .Concat(Sector is null ? [] : [$"#{PeerCorpus.Sector}:{Sector}"])
            .Concat(Numbers is null ? [] : [$"#{PeerCorpus.Number}:[{Numbers.From} TO {Numbers.To}]"]));
}
