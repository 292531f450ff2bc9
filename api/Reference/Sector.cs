namespace Matching.Api.Reference;

public sealed record Sector(string Code, string SbbCode, string Name);
