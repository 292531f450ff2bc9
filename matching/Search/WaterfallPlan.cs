using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// A request's rules and relaxations compiled against the snapshot's schema.
internal sealed class WaterfallPlan
{
    private WaterfallPlan(WaterfallRulePlan[] rules, WaterfallRelaxationPlan[] relaxations, int candidateField, string[] candidateValues, GeoPoint? origin)
    {
        Rules = rules;
        Relaxations = relaxations;
        CandidateField = candidateField;
        CandidateValues = candidateValues;
        Origin = origin;
        NeedsOriginDistance = rules.Concat(relaxations.SelectMany(relaxation => relaxation.Replacements.Select(replacement => replacement.Plan)))
            .Any(rule => rule.Filters.Any(filter => filter is GeoFilterPlan { AtOrigin: true }));
    }

    public WaterfallRulePlan[] Rules { get; }

    public WaterfallRelaxationPlan[] Relaxations { get; }

    public int CandidateField { get; }

    public string[] CandidateValues { get; }

    public GeoPoint? Origin { get; }

    public bool NeedsOriginDistance { get; }

    public static WaterfallPlan Create(IndexSnapshot snapshot, WaterfallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request.Rules, nameof(WaterfallRequest.Rules));
        ArgumentNullException.ThrowIfNull(request.Relaxations, nameof(WaterfallRequest.Relaxations));
        if (request.Rules.Count is 0 or > WaterfallRequest.MaxRules)
        {
            throw new ArgumentException($"A waterfall has 1 to {WaterfallRequest.MaxRules} rules.", nameof(WaterfallRequest.Rules));
        }

        var schema = snapshot.Schema;
        var origin = request.Origin ?? request.Rules
            .SelectMany(rule => rule?.Filters ?? [])
            .OfType<GeoDistanceFilter>()
            .Select(filter => (GeoPoint?)filter.Center)
            .FirstOrDefault();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new WaterfallRulePlan[request.Rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = request.Rules[i] ?? throw new ArgumentNullException(nameof(WaterfallRequest.Rules));
            ArgumentNullException.ThrowIfNull(rule.Name, nameof(WaterfallRule.Name));
            if (!positions.TryAdd(rule.Name, i))
            {
                throw new ArgumentException($"Two rules are named '{rule.Name}'.", nameof(WaterfallRequest.Rules));
            }

            rules[i] = WaterfallRulePlan.Compile(rule, schema, origin);
        }

        var first = CandidateFilter(request.Rules[0], null);
        var candidateField = schema.KeywordFieldIndex(first.Field);
        var candidateValues = new HashSet<string>(first.Values, StringComparer.Ordinal);
        var relaxations = new WaterfallRelaxationPlan[request.Relaxations.Count];
        for (var r = 0; r < relaxations.Length; r++)
        {
            var relaxation = request.Relaxations[r] ?? throw new ArgumentNullException(nameof(WaterfallRequest.Relaxations));
            ArgumentNullException.ThrowIfNull(relaxation.Replacements, nameof(WaterfallRelaxation.Replacements));
            var replacements = new List<(int Rule, WaterfallRulePlan Plan)>();
            var replaced = 0UL;
            foreach (var replacement in relaxation.Replacements)
            {
                ArgumentNullException.ThrowIfNull(replacement, nameof(WaterfallRelaxation.Replacements));
                if (replacement.Name is null || !positions.TryGetValue(replacement.Name, out var position))
                {
                    throw new ArgumentException($"Relaxation '{relaxation.Name}' replaces a rule the request does not have: '{replacement.Name}'.", nameof(WaterfallRequest.Relaxations));
                }

                if ((replaced & (1UL << position)) != 0)
                {
                    throw new ArgumentException($"Relaxation '{relaxation.Name}' replaces rule '{replacement.Name}' twice.", nameof(WaterfallRequest.Relaxations));
                }

                if (position == 0)
                {
                    candidateValues.UnionWith(CandidateFilter(replacement, first.Field).Values);
                }

                replaced |= 1UL << position;
                replacements.Add((position, WaterfallRulePlan.Compile(replacement, schema, origin)));
            }

            relaxations[r] = new WaterfallRelaxationPlan(replaced, [.. replacements]);
        }

        return new WaterfallPlan(rules, relaxations, candidateField, [.. candidateValues.Order(StringComparer.Ordinal)], origin);
    }

    // The first rule, or a replacement of it: one keyword filter that keeps the documents with any of its values.
    private static KeywordFilter CandidateFilter(WaterfallRule rule, string? field)
    {
        if (rule.Filters is not [KeywordFilter { Exclude: false } keyword] || keyword.Values is null || (field is not null && keyword.Field != field))
        {
            throw new ArgumentException(
                $"The first rule ('{rule.Name}') and its replacements must each be one keyword filter that keeps documents with any of its values, on one field.",
                nameof(WaterfallRequest.Rules));
        }

        return keyword;
    }

    public void Bind(Segment segment)
    {
        foreach (var rule in Rules)
        {
            rule.Bind(segment);
        }

        foreach (var relaxation in Relaxations)
        {
            foreach (var (_, plan) in relaxation.Replacements)
            {
                plan.Bind(segment);
            }
        }
    }

    public double OriginDistance(Segment segment, int doc) =>
        Origin is not { } origin || segment.Latitudes is null || double.IsNaN(segment.Latitudes[doc])
            ? double.NaN
            : Haversine.DistanceKm(origin.Latitude, origin.Longitude, segment.Latitudes[doc], segment.Longitudes![doc]);

    // A bit per rule the document fails.
    public ulong Failed(int doc, double originDistance)
    {
        var failed = 0UL;
        for (var i = 0; i < Rules.Length; i++)
        {
            if (!Rules[i].Passes(doc, originDistance))
            {
                failed |= 1UL << i;
            }
        }

        return failed;
    }
}
