using System.Globalization;
using System.Text;

namespace Matching.Engine.Search;

/// <summary>
/// Why a hit has its score, like Lucene's <c>Explanation</c>: a value, what it is, and the values it is
/// made of. Every value is the one scoring used, so the root is exactly the hit's score. The children of
/// a product multiply, in float and in order, to exactly the parent; the terms of a "sum of" add up as
/// scoring adds them (must terms in double, should terms in double, the two rounded sums in float, see
/// <see cref="SearchRequest"/>). As in Lucene, a BM25 term's "boost * idf * tf" children multiply to its
/// score only up to float rounding, because the score is computed as <c>w - w / (1 + freq * inv)</c>.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="Description">What the value is.</param>
/// <param name="Details">The values it is computed from.</param>
public sealed class Explanation(float Value, string Description, IReadOnlyList<Explanation> Details)
{
    /// <summary>An explanation without details.</summary>
    /// <param name="value">The value.</param>
    /// <param name="description">What the value is.</param>
    public Explanation(float value, string description)
        : this(value, description, [])
    {
    }

    /// <summary>The value.</summary>
    public float Value { get; } = Value;

    /// <summary>What the value is.</summary>
    public string Description { get; } = Description;

    /// <summary>The values it is computed from.</summary>
    public IReadOnlyList<Explanation> Details { get; } = Details;

    /// <summary>The tree as Lucene prints it: one line per node, <c>value = description</c>, indented by depth.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder, 0);
        return builder.ToString();
    }

    private void Append(StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2)
            .Append(Value.ToString(CultureInfo.InvariantCulture))
            .Append(" = ")
            .Append(Description)
            .Append('\n');
        foreach (var detail in Details)
        {
            detail.Append(builder, depth + 1);
        }
    }
}
