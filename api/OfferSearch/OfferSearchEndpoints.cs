using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Matching.Api.OfferSearch;

internal static class OfferSearchEndpoints
{
    public static RouteGroupBuilder MapOfferSearch(this IEndpointRouteBuilder routes)
    {
        // Every role searches: a key is all it takes.
        var group = routes.MapGroup("/search").WithTags("Matching").RequireAuthorization();
        group.MapPost("/offers", SearchOffers).WithName(nameof(SearchOffers))
            .WithSummary("Search open offers: free text, filters, distance and facet counts")
            .WithDescription("With text, offers must match at least one of its words (as written, by word form, compound part or synonym) and rank by BM25, "
                + "times a distance decay when nearPc4 is given; without, all offers passing the filters match. A word that no offer holds is searched as the "
                + "closest word that offers do hold, and didYouMean says so. Sorted by relevance, at most maxPerCompany offers of one company are among the first 100.");
        return group;
    }

    private static Ok<OfferSearchResult> SearchOffers(
        OfferSearchRequest request, MatchIndexes indexes, IOptions<MatchOptions> options, OfferSearchMetrics metrics, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        var result = Search(request, indexes, options.Value);
        metrics.Duration.Record(clock.GetElapsedTime(started).TotalSeconds);
        return TypedResults.Ok(result);
    }

    private static OfferSearchResult Search(OfferSearchRequest request, MatchIndexes indexes, MatchOptions options)
    {
        GeoPoint? near = request.NearPc4 is { } pc4 ? indexes.LocationOf(pc4) : null;
        var snapshot = indexes.Offers.Snapshot();
        var text = TextQuery.Parse(snapshot, request.Text, OfferMatchQueries.OfferText);
        var corrections = text.Corrections.Select(c => new TextCorrection(c.Written, c.UsedInstead)).ToList();
        if (text.FindsNothing)
        {
            var none = OfferSearchQueries.FacetFields.ToDictionary(f => f.Name, IReadOnlyDictionary<string, int> (_) => new Dictionary<string, int>());
            return new OfferSearchResult(0, [], none, request.Limit, request.Offset, null, corrections, text.Unknown);
        }

        var (results, items) = Page(request, near, text, snapshot, indexes, options);
        var facets = OfferSearchQueries.FacetFields.ToDictionary(f => f.Name, f => results.Facets.TryGetValue(f.Field, out var counts) ? counts : new Dictionary<string, int>());
        return new OfferSearchResult(results.TotalHits, items, facets, request.Limit, request.Offset, text.DidYouMean, corrections, text.Unknown);
    }

    // The requested page; sorted by relevance, the first hits are spread over companies before the page is cut.
    private static (SearchResults Results, List<OfferSearchHit> Items) Page(
        OfferSearchRequest request, GeoPoint? near, TextQuery text, IndexSnapshot snapshot, MatchIndexes indexes, MatchOptions options)
    {
        var maxPerCompany = request.MaxPerCompany ?? options.MaxPerCompany;
        var spread = maxPerCompany > 0 && OfferSearchQueries.SortsByRelevance(request) && request.Offset < options.DiversifyWindow;
        var (offset, limit) = spread ? (0, Math.Max(options.DiversifyWindow, request.Offset + request.Limit)) : (request.Offset, request.Limit);
        var results = indexes.Offers.Search(snapshot, OfferSearchQueries.ForRequest(request, near, text, offset, limit));
        var hits = indexes.WithOfferSummaries(results.Hits)
            .Select(found => new OfferSearchHit(found.Offer, found.Hit.Score, found.Hit.DistanceKm is { } km ? Math.Round(km, 1) : null))
            .ToList();
        if (spread)
        {
            var window = Math.Min(options.DiversifyWindow, hits.Count);
            hits = [.. CompanySpread.Apply(hits[..window], hit => hit.Offer.CompanyId, maxPerCompany), .. hits[window..]];
            hits = [.. hits.Skip(request.Offset).Take(request.Limit)];
        }
        return (results, hits);
    }
}
