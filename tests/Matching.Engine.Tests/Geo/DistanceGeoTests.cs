using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Geo;

public sealed class DistanceGeoTests
{
    private static readonly GeoPoint Rotterdam = new(51.9225, 4.4792);
    private static readonly GeoPoint Delft = new(52.0116, 4.3571);
    private static readonly GeoPoint Utrecht = new(52.0907, 5.1214);

    [Fact]
    public void One_degree_along_a_meridian_is_the_mean_radius_times_pi_over_180()
    {
        var distance = Haversine.DistanceKm(new GeoPoint(0, 0), new GeoPoint(1, 0));

        Assert.Equal(6371.0088, Haversine.EarthRadiusKm);
        Assert.Equal(6371.0088 * Math.PI / 180, distance, 9);
    }

    [Fact]
    public void Distances_are_symmetric_zero_at_the_same_point_and_half_the_circumference_at_the_antipode()
    {
        var there = Haversine.DistanceKm(Rotterdam, Utrecht);
        var back = Haversine.DistanceKm(Utrecht, Rotterdam);

        Assert.Equal(there, back, 12);
        Assert.Equal(0, Haversine.DistanceKm(Rotterdam, Rotterdam));
        Assert.Equal(Math.PI * Haversine.EarthRadiusKm, Haversine.DistanceKm(new GeoPoint(0, 0), new GeoPoint(0, 180)), 6);
        Assert.InRange(there, 45, 50); // Rotterdam to Utrecht, about 47 km as the crow flies
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(-91, 0)]
    [InlineData(0, 181)]
    [InlineData(double.NaN, 0)]
    public void Coordinates_out_of_range_are_rejected(double latitude, double longitude)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
    }

    [Fact]
    public void Geo_filter_keeps_documents_within_the_radius_and_drops_those_without_a_location()
    {
        var (index, ids) = Corpus();

        var near = index.Search(new SearchRequest { Filters = [new GeoDistanceFilter(Rotterdam, 20)] });
        var exactRadius = index.Search(new SearchRequest { Filters = [new GeoDistanceFilter(Rotterdam, Haversine.DistanceKm(Rotterdam, Delft))] });

        Assert.Equal([ids["rotterdam"], ids["delft"]], near.Hits.Select(hit => hit.Id));
        Assert.Equal(0, near.Hits[0].DistanceKm!.Value, 9);
        Assert.Equal(Haversine.DistanceKm(Rotterdam, Delft), near.Hits[1].DistanceKm!.Value);
        Assert.Equal(2, exactRadius.TotalHits);
    }

    [Fact]
    public void Of_two_equal_documents_the_nearer_ranks_first_with_a_distance_decay()
    {
        var index = new SearchIndex(new IndexSchema(["title"], hasLocation: true), Whitespace);
        var far = Guid.NewGuid();
        var near = Guid.NewGuid();
        index.Upsert(new IndexDocument(far).WithText("title", "welder").WithLocation(Utrecht));
        index.Upsert(new IndexDocument(near).WithText("title", "welder").WithLocation(Delft));

        var withoutDecay = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });
        var withDecay = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder")],
            Functions = [new GeoDistanceDecay(Rotterdam, ScaleKm: 25)],
        });

        Assert.Equal([far, near], withoutDecay.Hits.Select(hit => hit.Id));
        Assert.Equal([near, far], withDecay.Hits.Select(hit => hit.Id));
        Assert.True(withDecay.Hits[0].Score > withDecay.Hits[1].Score);
    }

    [Fact]
    public void Documents_without_a_location_get_no_decay_as_in_elasticsearch()
    {
        var (index, ids) = Corpus();

        var results = index.Search(new SearchRequest { Functions = [new GeoDistanceDecay(Rotterdam, ScaleKm: 5)], Limit = 10 });

        Assert.Equal(1f, results.Hits.Single(hit => hit.Id == ids["nowhere"]).Score);
        Assert.Equal(1f, results.Hits.Single(hit => hit.Id == ids["rotterdam"]).Score);
        Assert.True(results.Hits.Single(hit => hit.Id == ids["utrecht"]).Score < 0.01f);
    }

    [Theory]
    [InlineData(10, 0, 0.5)]
    [InlineData(25, 5, 0.3)]
    [InlineData(3, 1.5, 0.9)]
    public void Gaussian_decay_is_the_decay_parameter_at_origin_plus_offset_plus_scale(double scale, double offset, double decay)
    {
        const double origin = 100;

        var atEdge = GaussianDecay.Evaluate(origin + offset + scale, origin, scale, offset, decay);
        var below = GaussianDecay.Evaluate(origin - offset - scale, origin, scale, offset, decay);

        Assert.Equal(decay, atEdge, 12);
        Assert.Equal(decay, below, 12);
        Assert.Equal(1, GaussianDecay.Evaluate(origin, origin, scale, offset, decay));
        Assert.Equal(1, GaussianDecay.Evaluate(origin + offset, origin, scale, offset, decay));
        Assert.True(GaussianDecay.Evaluate(origin + offset + 2 * scale, origin, scale, offset, decay) < decay);
    }

    [Fact]
    public void Gaussian_decay_is_elasticsearchs_formula()
    {
        var sigmaSquared = -(10.0 * 10.0) / (2 * Math.Log(0.5));

        var value = GaussianDecay.Evaluate(17, 0, 10, 2, 0.5);

        Assert.Equal(sigmaSquared, GaussianDecay.SigmaSquared(10, 0.5));
        Assert.Equal(Math.Exp(-(15.0 * 15.0) / (2 * sigmaSquared)), value);
    }

    [Fact]
    public void Start_date_closeness_ranks_the_closest_start_first()
    {
        var index = new SearchIndex(new IndexSchema(["title"], [], ["start"]), Whitespace);
        var september = new DateOnly(2025, 9, 1);
        var ids = new[] { 40, 0, -10 }.Select(days =>
        {
            var id = Guid.NewGuid();
            index.Upsert(new IndexDocument(id).WithText("title", "welder").WithDate("start", september.AddDays(days)));
            return (id, days);
        }).ToList();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder")],
            Functions = [NumericDecay.Dates("start", september, scaleDays: 30, offsetDays: 7)],
        });

        Assert.Equal([ids[1].id, ids[2].id, ids[0].id], results.Hits.Select(hit => hit.Id));
        Assert.Equal(results.Hits[0].Score * (float)GaussianDecay.Evaluate(-10, 0, 30, 7, 0.5), results.Hits[1].Score);
    }

    [Fact]
    public void Invalid_decay_parameters_are_rejected()
    {
        var (index, _) = Corpus();

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Functions = [new GeoDistanceDecay(Rotterdam, ScaleKm: 0)] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Functions = [new GeoDistanceDecay(Rotterdam, 10, OffsetKm: -1)] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Functions = [new GeoDistanceDecay(Rotterdam, 10, Decay: 1)] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Filters = [new GeoDistanceFilter(Rotterdam, double.NaN)] }));
    }

    private static (SearchIndex Index, Dictionary<string, Guid> Ids) Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"], hasLocation: true), Whitespace);
        var ids = new Dictionary<string, Guid>();
        foreach (var (name, location) in new (string, GeoPoint?)[] { ("rotterdam", Rotterdam), ("delft", Delft), ("utrecht", Utrecht), ("nowhere", null) })
        {
            ids[name] = Guid.NewGuid();
            var document = new IndexDocument(ids[name]).WithText("title", "welder");
            index.Upsert(location is { } point ? document.WithLocation(point) : document);
        }

        return (index, ids);
    }
}
