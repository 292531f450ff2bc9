using Matching.Api.Reference;
using Matching.Demo;

namespace Matching.Bench;

// The national dataset and its 1/10 version: every labour-market region (so every PC4 area), all current
// qualifications, the same seed every time.
internal static class DatasetScale
{
    public static DemoOptions Options(string scale, ReferenceDataSet reference, DateOnly today)
    {
        var divisor = scale switch
        {
            "national" => 1,
            "quick" => 10,
            _ => throw new ArgumentException($"Unknown scale '{scale}': use national or quick."),
        };
        return new DemoOptions
        {
            Today = today,
            RegionCodes = [.. reference.Regions.Select(r => r.Code)],
            AllQualifications = true,
            Schools = 500 / divisor,
            Students = 1_000_000 / divisor,
            Companies = 100_000 / divisor,
            Offers = 250_000 / divisor,
        };
    }
}
