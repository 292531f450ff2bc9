using System.ComponentModel;

namespace Matching.Api.OfferSearch;

public sealed record TextCorrection(
    [property: Description("The word as written in the text.")] string Written,
    [property: Description("The word that was searched for instead.")] string UsedInstead);
