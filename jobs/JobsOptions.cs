namespace Matching.Jobs;

/// <summary>The "Jobs" configuration section.</summary>
public sealed class JobsOptions
{
    /// <summary>Whether this node runs scheduled jobs; every node can still trigger them.</summary>
    public bool Enabled { get; set; } = true;

    public string ShortfallCron { get; set; } = "0 0 6 ? * MON";

    public string ExpiryCron { get; set; } = "0 30 2 * * ?";

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>A cell is flagged when demand minus supply is at least this...</summary>
    public int ShortfallThreshold { get; set; } = 5;

    /// <summary>...and supply covers less than this share of demand.</summary>
    public double CoverageRatio { get; set; } = 0.8;

    /// <summary>How many start months ahead the shortfall job looks, this month included.</summary>
    public int MonthsAhead { get; set; } = 6;

    /// <summary>This node's scheduler instance id in the cluster (unique per node); empty: generated from the host name.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>
    /// How often a node checks in with the cluster; a node that misses its check-ins is taken for dead, and its
    /// running jobs run again on another node (they request recovery).
    /// </summary>
    public double ClusterCheckinSeconds { get; set; } = 7.5;

    /// <summary>
    /// For fault tests only: while this file exists, the shortfall job waits before it starts its work, so a test can
    /// kill the node mid-run. Empty in production.
    /// </summary>
    public string HoldFile { get; set; } = "";
}
