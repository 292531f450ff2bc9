namespace Matching.Api.OfferSearch;

/// <summary>
/// Spreads the best hits over companies, so that one company's near-identical offers do not fill the first page:
/// within the window, a company's offers past the first <c>maxPerCompany</c> move behind every other hit of the
/// window, keeping their order. The order within each group, and of everything after the window, is unchanged.
/// </summary>
internal static class CompanySpread
{
    public static List<T> Apply<T>(IReadOnlyList<T> window, Func<T, Guid> companyOf, int maxPerCompany)
    {
        var kept = new List<T>(window.Count);
        var moved = new List<T>();
        var counts = new Dictionary<Guid, int>();
        foreach (var hit in window)
        {
            var company = companyOf(hit);
            var count = counts.GetValueOrDefault(company) + 1;
            counts[company] = count;
            (count <= maxPerCompany ? kept : moved).Add(hit);
        }

        kept.AddRange(moved);
        return kept;
    }
}
