using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Engine.Geo;
using Matching.Engine.Search;

namespace Matching.Api.OfferSearch;

/// <summary>Turns a portal's search box into a query on the offer index: text, filters, sort and the facets.</summary>
internal static class OfferSearchQueries
{
    // Response facet name -> index field.
    public static readonly (string Name, string Field)[] FacetFields =
        [("sector", IndexFields.Sector), ("learningPath", IndexFields.LearningPath), ("level", IndexFields.Levels), ("region", IndexFields.Region)];

    // Full weight within 2 km of the PC4, half at 2 km plus half the radius (10 km without one).
    private const double DefaultDecayScaleKm = 10;

    public static SearchRequest ForRequest(OfferSearchRequest request, GeoPoint? near, TextQuery text, int offset, int limit) => new()
    {
        Clauses = text.Clauses,
        Filters = Filters(request, near),
        Functions =
        [
            // Near a postcode, relevance and distance combine as in a student's matches.
            .. near is { } origin ? [new GeoDistanceDecay(origin, ScaleKm: request.RadiusKm / 2 ?? DefaultDecayScaleKm, OffsetKm: 2)] : Array.Empty<ScoreFunction>(),
            .. text.Penalties(OfferMatchQueries.OfferText, MatchWeights.RuledOutFactor),
        ],
        Origin = near,
        Sort = SortOf(request.Sort),
        Offset = offset,
        Limit = limit,
        Facets = [.. FacetFields.Select(f => f.Field)],
    };

    public static bool SortsByRelevance(OfferSearchRequest request) => request.Sort is null or "relevance";

    private static SearchSort SortOf(string? sort) => sort switch
    {
        "distance" => SearchSort.ByDistance,
        "start" => SearchSort.ByNumber(IndexFields.Start),
        _ => SearchSort.ByScore,
    };

    private static List<SearchFilter> Filters(OfferSearchRequest request, GeoPoint? near)
    {
        var filters = new List<SearchFilter>();
        if (request.Crebo is { } crebo)
        {
            filters.Add(new KeywordFilter(IndexFields.Crebo, [MatchIndexes.Keyword(crebo)]));
        }
        if (request.Level is { } level)
        {
            filters.Add(new KeywordFilter(IndexFields.Levels, [MatchIndexes.Keyword(level)]));
        }
        AddKeyword(filters, IndexFields.LearningPath, request.LearningPath);
        AddKeyword(filters, IndexFields.Sector, request.Sector);
        AddKeyword(filters, IndexFields.Region, request.Region);
        if (request.StartFrom is not null || request.StartTo is not null)
        {
            filters.Add(RangeFilter.Dates(IndexFields.Start, request.StartFrom, request.StartTo));
        }
        if (near is { } center && request.RadiusKm is { } radius)
        {
            filters.Add(new GeoDistanceFilter(center, radius));
        }
        return filters;
    }

    private static void AddKeyword(List<SearchFilter> filters, string field, string? value)
    {
        if (value is not null)
        {
            filters.Add(new KeywordFilter(field, [value]));
        }
    }
}
