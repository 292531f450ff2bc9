using Matching.Api.Errors;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Validation;
using Matching.Engine.Geo;
using Matching.Engine.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.OfferSearch;

internal static class OfferSearchEndpoints
{
    public static void MapOfferSearch(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/search/offers", SearchOffers).WithName(nameof(SearchOffers)).WithTags("Matching")
            .WithSummary("Search open offers: free text, filters, distance and facet counts")
            .WithDescription("With text, offers must match at least one of its terms and rank by BM25; without, all offers passing the filters match.");

    private static Results<Ok<OfferSearchResult>, ValidationProblem> SearchOffers(
        OfferSearchRequest request, MatchIndexes indexes, ReferenceDataSet reference)
    {
        var errors = Validate(request, reference);
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        GeoPoint? near = request.NearPc4 is { } pc4 ? indexes.LocationOf(pc4) : null;
        var results = indexes.Offers.Search(OfferSearchQueries.ForRequest(request, near));
        var items = indexes.WithOfferSummaries(results.Hits)
            .Select(found => new OfferSearchHit(found.Offer, found.Hit.Score, found.Hit.DistanceKm is { } km ? Math.Round(km, 1) : null))
            .ToList();
        var facets = OfferSearchQueries.FacetFields.ToDictionary(f => f.Name, f => results.Facets.TryGetValue(f.Field, out var counts) ? counts : new Dictionary<string, int>());
        return TypedResults.Ok(new OfferSearchResult(results.TotalHits, items, facets, request.Limit, request.Offset));
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
