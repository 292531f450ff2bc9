namespace Matching.Demo;

public sealed record DemoOptions
{
    public int Seed { get; init; } = 20261123;

    // A fixed default keeps two runs without options byte-identical; callers pass the real date when they want it.
    public DateOnly Today { get; init; } = new(2026, 11, 23);

    public IReadOnlyList<string> RegionCodes { get; init; } = ["rijnmond"];

    // Adds students, companies and offers for every current qualification, not only those the regional branches know.
    public bool AllQualifications { get; init; }

    public int Schools { get; init; } = 10;

    public int Students { get; init; } = 3000;

    public int Companies { get; init; } = 600;

    public int Offers { get; init; } = 2000;
}
