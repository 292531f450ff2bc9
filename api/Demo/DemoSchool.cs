namespace Matching.Api.Demo;

public sealed record DemoSchool(string Brin, string Name);
