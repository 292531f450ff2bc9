using System.ComponentModel;

namespace Matching.Api.Http;

/// <summary>One page of a list.</summary>
public sealed record Page<T>(
    [property: Description("The items on this page.")] IReadOnlyList<T> Items,
    [property: Description("How many items match the filters in all.")] long Total,
    [property: Description("The page size asked for.")] int Limit,
    [property: Description("How many matching items come before this page.")] int Offset);
