using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// A request's rules and relaxations compiled against the snapshot's schema. Relaxations that replace the same rules form
// a group: a document can count for a group only when every rule it fails is one the group replaces, so the rules are
// tested in order only while some group is still open to the document, and the distance from the origin is computed
// only when a rule or replacement that reads it is reached.
internal sealed class WaterfallPlan
{
    private readonly (ulong Replaced, int[] Relaxations)[] _groups;

    // Per rule: a bit per group that replaces it.
    private readonly ulong[] _groupsReplacing;
    private readonly ulong _allGroups;
    private readonly bool _relaxationsNeedOriginDistance;

    private WaterfallPlan(WaterfallRulePlan[] rules, WaterfallRelaxationPlan[] relaxations, int candidateField, string[] candidateValues, GeoPoint? origin)
    {
        Rules = rules;
        Relaxations = relaxations;
        CandidateField = candidateField;
        CandidateValues = candidateValues;
        Origin = origin;
        _groups = [.. Enumerable.Range(0, relaxations.Length)
            .GroupBy(r => relaxations[r].Replaced)
            .Select(group => (group.Key, group.ToArray()))];
        if (_groups.Length > 64)
        {
            throw new ArgumentException("The relaxations replace more than 64 different sets of rules.", nameof(WaterfallRequest.Relaxations));
        }

        _groupsReplacing = new ulong[rules.Length];
        for (var g = 0; g < _groups.Length; g++)
        {
            _allGroups |= 1UL << g;
            for (var i = 0; i < rules.Length; i++)
            {
                if ((_groups[g].Replaced & (1UL << i)) != 0)
                {
                    _groupsReplacing[i] |= 1UL << g;
                }
            }
        }

        _relaxationsNeedOriginDistance = relaxations.Any(relaxation => relaxation.Replacements.Any(replacement => replacement.Plan.NeedsOriginDistance));
    }

    public WaterfallRulePlan[] Rules { get; }

    public WaterfallRelaxationPlan[] Relaxations { get; }

    public int CandidateField { get; }

    public string[] CandidateValues { get; }

    public GeoPoint? Origin { get; }

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

    public double OriginDistance(Segment segment, int doc) => Origin is { } origin ? segment.DistanceKm(origin, doc) : double.NaN;

    // Counts one candidate: for the first rule it fails (or as passing), and for each relaxation it passes with when the
    // rules it fails are all replaced by that relaxation.
    public void Count(Segment segment, int doc, int[] ruledOut, int[] relaxed, ref int passing)
    {
        var distance = double.NaN;
        var measured = false;
        var failed = 0UL;
        var open = _allGroups;
        for (var i = 0; i < Rules.Length; i++)
        {
            var rule = Rules[i];
            if (rule.NeedsOriginDistance && !measured)
            {
                // Where the rule decides only whether an open group stays open, a document surely out of its reach (by the
                // coarse bound a search uses) fails it without the haversine.
                if (failed != 0 && (open & _groupsReplacing[i]) == 0 && rule.SurelyFails(doc))
                {
                    return;
                }

                distance = OriginDistance(segment, doc);
                measured = true;
            }

            if (rule.Passes(doc, distance))
            {
                continue;
            }

            if (failed == 0)
            {
                ruledOut[i]++;
            }

            failed |= 1UL << i;
            open &= _groupsReplacing[i];
            if (open == 0)
            {
                return;
            }
        }

        if (failed == 0)
        {
            passing++;
            return;
        }

        if (_relaxationsNeedOriginDistance && !measured)
        {
            distance = OriginDistance(segment, doc);
        }

        while (open != 0)
        {
            var group = _groups[System.Numerics.BitOperations.TrailingZeroCount(open)];
            open &= open - 1;
            foreach (var r in group.Relaxations)
            {
                if (Relaxations[r].PassesReplacements(doc, distance))
                {
                    relaxed[r]++;
                }
            }
        }
    }
}
