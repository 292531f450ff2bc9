using System.Globalization;

namespace Matching.Tests.Service;

/// <summary>Reads samples from /metrics, the Prometheus text format.</summary>
public static class PrometheusText
{
    /// <summary>The sum of a metric's samples whose labels include all of these (name="value"); null when it has none.</summary>
    public static double? Sample(string exposition, string name, params string[] labels)
    {
        var values = exposition.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            // name{labels} value [timestamp]
            .Select(line => line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0])
            .Select(value => double.Parse(value, CultureInfo.InvariantCulture))
            .ToList();
        return values.Count == 0 ? null : values.Sum();
    }
}
