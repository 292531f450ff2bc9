using Matching.Api.Errors;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Offers;
using Matching.Api.Reference;
using Matching.Api.Validation;
using Matching.Engine.Geo;
using Matching.Engine.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.OfferSearch;

internal static class OfferSearchEndpoints
{
    // Response facet name -> index field.
    private static readonly (string Name, string Field)[] FacetFields =
        [("sector", IndexFields.Sector), ("learningPath", IndexFields.LearningPath), ("level", IndexFields.Levels), ("region", IndexFields.Region)];

    public static void MapOfferSearch(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/search/offers", SearchOffers).WithName(nameof(SearchOffers)).WithTags("Matching")
            .WithSummary("Search open offers: free text, filters, distance and facet counts")
            .WithDescription("With text, offers must match at least one of its terms and rank by BM25; without, all offers passing the filters match.");

    private static async Task<Results<Ok<OfferSearchResult>, ValidationProblem>> SearchOffers(
        OfferSearchRequest request, MatchIndexes indexes, OfferRepository offers, ReferenceDataSet reference, CancellationToken cancellationToken)
    {
        var errors = Validate(request, reference);
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        GeoPoint? near = request.NearPc4 is { } pc4 ? indexes.LocationOf(pc4) : null;
        var results = indexes.Offers.Search(new SearchRequest
        {
            Clauses = string.IsNullOrWhiteSpace(request.Text) ? [] : OfferMatchQueries.TextClauses(request.Text),
            Filters = Filters(request, near),
            Origin = near,
            Sort = request.Sort switch
            {
                "distance" => SearchSort.ByDistance,
                "start" => SearchSort.ByNumber(IndexFields.Start),
                _ => SearchSort.ByScore,
            },
            Offset = request.Offset,
            Limit = request.Limit,
            Facets = [.. FacetFields.Select(f => f.Field)],
        });
        var stored = await offers.FindManyAsync([.. results.Hits.Select(h => h.Id)], cancellationToken);
        var items = results.Hits
            .Where(hit => stored.ContainsKey(hit.Id))
            .Select(hit => new OfferSearchHit(OfferMatcher.Summarize(stored[hit.Id]), hit.Score, hit.DistanceKm is { } km ? Math.Round(km, 1) : null))
            .ToList();
        var facets = FacetFields.ToDictionary(f => f.Name, f => results.Facets.TryGetValue(f.Field, out var counts) ? counts : new Dictionary<string, int>());
        return TypedResults.Ok(new OfferSearchResult(results.TotalHits, items, facets, request.Limit, request.Offset));
    }

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

    private static ValidationErrors Validate(OfferSearchRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        errors.AddIf(request.Crebo is { } crebo && !reference.TryGetQualification(crebo, out _), "crebo", $"Unknown crebo {request.Crebo}.");
        errors.AddIf(request.Sector is { } sector && reference.FindSector(sector) is null, "sector", $"Unknown sector '{request.Sector}'.");
        errors.AddIf(request.Region is { } region && reference.FindRegion(region) is null, "region", $"Unknown region '{request.Region}'.");
        errors.AddIf(request.NearPc4 is { } pc4 && !reference.TryGetPostcode(pc4, out _), "nearPc4", $"PC4 {request.NearPc4} does not exist.");
        errors.AddIf(request.RadiusKm is not null && request.NearPc4 is null, "radiusKm", "A radius needs nearPc4.");
        errors.AddIf(request.Sort == "distance" && request.NearPc4 is null, "sort", "Sorting by distance needs nearPc4.");
        errors.AddIf(request.StartTo < request.StartFrom, "startTo", "startTo is before startFrom.");
        errors.AddIf(TextRules.HasControlCharacters(request.Text), "text", "The text contains control characters.");
        return errors;
    }
}
