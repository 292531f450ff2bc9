using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Geo;

// The geo filter first rules documents out by bounding boxes (on the cells of a driving filter's postings, then on float
// coordinates), then checks the haversine distance. A box may only ever rule out what the distance would: these
// compare the filter with the formula.
public sealed class GeoFilterBoundsTests
{
    [Theory]
    [InlineData(51.9225, 4.4792, 25)] // Rotterdam
    [InlineData(0, 179.9, 300)] // across the antimeridian, eastwards
    [InlineData(0, -179.9, 300)] // and westwards
    [InlineData(-33.9, 18.4, 5)] // the southern hemisphere
    [InlineData(84.5, -30, 200)] // near the pole, where a degree of longitude is short
    [InlineData(52, 5, 3000)] // a radius wider than the box's small-angle range
    public void The_filter_keeps_exactly_the_documents_within_the_radius(double latitude, double longitude, double radiusKm)
    {
        var center = new GeoPoint(latitude, longitude);
        var index = new SearchIndex(new IndexSchema([], ["kind"], ["reach"], hasLocation: true), Whitespace);
        var random = new Random(20261123);
        var documents = new Dictionary<Guid, (GeoPoint Point, string Kind, double Reach)>();
        for (var i = 0; i < 4_000; i++)
        {
            // Points at 0 to 1.5 radii, in every direction, many of them near the edge; each with a reach of its own,
            // some of them just above or below the point's distance.
            var distance = radiusKm * (i % 4 == 0 ? 0.999 + (random.NextDouble() * 0.002) : random.NextDouble() * 1.5);
            var point = Destination(center, random.NextDouble() * 360, distance);
            var kind = i % 3 == 0 ? "b" : "a";
            var reach = i % 4 == 1 ? Math.Round(distance) : Math.Round(radiusKm * (0.5 + random.NextDouble()));
            var id = Guid.NewGuid();
            documents[id] = (point, kind, reach);
            index.Upsert(new IndexDocument(id).WithLocation(point).WithKeywords("kind", kind).WithNumber("reach", (long)reach));
        }

        double DistanceOf(Guid id) => Haversine.DistanceKm(center, documents[id].Point);
        var withinRadius = documents.Keys.Where(id => DistanceOf(id) <= radiusKm).Order().ToList();
        Assert.InRange(withinRadius.Count, 1_000, 3_500);
        AssertFinds(index, withinRadius, new GeoDistanceFilter(center, radiusKm));

        // Driven by a keyword filter, whose postings the geo filter judges by their cells first.
        AssertFinds(index, [.. withinRadius.Where(id => documents[id].Kind == "a")],
            new KeywordFilter("kind", ["a"]), new GeoDistanceFilter(center, radiusKm));

        // Each document's own reach narrows the radius.
        var withinOwnReach = documents.Keys
            .Where(id => documents[id].Kind == "a" && DistanceOf(id) <= Math.Min(radiusKm * 2, documents[id].Reach)).Order().ToList();
        Assert.InRange(withinOwnReach.Count, 500, 3_000);
        AssertFinds(index, withinOwnReach, new KeywordFilter("kind", ["a"]), new GeoDistanceFilter(center, radiusKm * 2, RadiusField: "reach"));
    }

    private static void AssertFinds(SearchIndex index, List<Guid> expected, params SearchFilter[] filters)
    {
        var found = index.Search(new SearchRequest { Filters = filters, Limit = 0 });
        var listed = index.Search(new SearchRequest { Filters = filters, Limit = 10_000 });
        Assert.Equal(expected.Count, found.TotalHits);
        Assert.Equal(expected, listed.Hits.Select(hit => hit.Id).Order());
    }

    // The point at a distance and bearing from a start, on the same sphere as Haversine.
    private static GeoPoint Destination(GeoPoint start, double bearingDegrees, double distanceKm)
    {
        const double Radians = Math.PI / 180;
        var angle = distanceKm / Haversine.EarthRadiusKm;
        var bearing = bearingDegrees * Radians;
        var phi1 = start.Latitude * Radians;
        var lambda1 = start.Longitude * Radians;
        var phi2 = Math.Asin((Math.Sin(phi1) * Math.Cos(angle)) + (Math.Cos(phi1) * Math.Sin(angle) * Math.Cos(bearing)));
        var lambda2 = lambda1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(phi1), Math.Cos(angle) - (Math.Sin(phi1) * Math.Sin(phi2)));
        var longitude = ((lambda2 / Radians) + 540) % 360 - 180;
        return new GeoPoint(Math.Clamp(phi2 / Radians, -90, 90), longitude);
    }
}
