namespace Matching.Jobs.Reports;

public sealed record TrendPoint(string IsoWeek, int Demand, int Supply, int Shortfall);
