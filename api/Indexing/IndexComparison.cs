using System.ComponentModel;

namespace Matching.Api.Indexing;

/// <summary>How one of this node's indexes compares with the rows it should hold.</summary>
public sealed record IndexComparison(
    [property: Description("Documents the database says the index should hold.")] int InDatabase,
    [property: Description("Documents the index holds.")] int InIndex,
    [property: Description("Ids in the database but not in the index (the first 100).")] IReadOnlyList<Guid> Missing,
    [property: Description("Ids in the index but not in the database, or no longer open or seeking there (the first 100).")] IReadOnlyList<Guid> Unexpected,
    [property: Description("Ids in both whose indexed fields differ (the first 100).")] IReadOnlyList<Guid> Different,
    [property: Description("How many ids are missing, unexpected or different in all.")] int Differences);
