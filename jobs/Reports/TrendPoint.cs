namespace Matching.Jobs.Reports;

public sealed record TrendPoint(IsoWeek IsoWeek, int Demand, int Supply, int Shortfall);
