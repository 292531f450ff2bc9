namespace Matching.Api.Reference;

public sealed record Municipality(string Code, string Name, string Province, string RegionCode);
