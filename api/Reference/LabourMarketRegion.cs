namespace Matching.Api.Reference;

public sealed record LabourMarketRegion(string Code, string Name);
