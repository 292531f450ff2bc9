namespace Matching.Jobs.Data;

/// <summary>One page of rows of a <see cref="PagedSelect"/>, with how many rows match in all.</summary>
public sealed record RowPage<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset);
