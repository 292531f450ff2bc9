namespace Matching.Demo;

public sealed record DemoSchool(string Brin, string Name);
