using System.ComponentModel;

namespace Matching.Api.OfferSearch;

public sealed record OfferSearchResult(
    [property: Description("How many open offers match the text and filters.")] int Total,
    IReadOnlyList<OfferSearchHit> Items,
    [property: Description("Counts of all matching offers per sector, learningPath, level and region, most frequent first.")]
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    int Limit,
    int Offset,
    [property: Description("The text with each word that no offer holds replaced by the closest word that offers do hold; absent when every word was found.")]
    string? DidYouMean,
    [property: Description("The words that were searched as another word, because no offer holds them as written.")]
    IReadOnlyList<TextCorrection> Corrections,
    [property: Description("Words that no offer holds, nor a word close to them; when the text has no other word, nothing matches.")]
    IReadOnlyList<string> UnknownWords);
