using Microsoft.Net.Http.Headers;

namespace Matching.Api.Http;

/// <summary>
/// Picks the representation that a request's Accept header prefers among those an endpoint offers (RFC 9110 §12.5.1),
/// on the framework's parsing of the header: each offer takes the quality of the most specific media range that covers
/// it ("text/csv" before "text/*" before "*/*"), the highest quality wins, the endpoint's order breaks ties, and q=0
/// refuses. Without an Accept header (or with one that does not parse) every offer is acceptable and the first wins.
/// </summary>
internal static class AcceptNegotiation
{
    /// <summary>The chosen offer, or null when the header accepts none of them (406).</summary>
    public static string? Choose(HttpRequest request, IReadOnlyList<string> offers)
    {
        var ranges = request.GetTypedHeaders().Accept;
        if (ranges.Count == 0)
        {
            return offers[0];
        }
        string? chosen = null;
        var best = 0d;
        foreach (var offer in offers)
        {
            var quality = QualityOf(new MediaTypeHeaderValue(offer), ranges);
            if (quality > best)
            {
                (chosen, best) = (offer, quality);
            }
        }
        return chosen;
    }

    private static double QualityOf(MediaTypeHeaderValue offer, IList<MediaTypeHeaderValue> ranges)
    {
        MediaTypeHeaderValue? match = null;
        foreach (var range in ranges)
        {
            // Parameters other than q (a charset, say) do not narrow what is acceptable here: every offer is UTF-8.
            if (offer.IsSubsetOf(new MediaTypeHeaderValue(range.MediaType)) && (match is null || Specificity(range) > Specificity(match)))
            {
                match = range;
            }
        }
        return match?.Quality ?? (match is null ? 0 : 1);
    }

    private static int Specificity(MediaTypeHeaderValue range) => range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
