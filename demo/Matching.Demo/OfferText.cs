namespace Matching.Demo;

internal sealed record OfferText(string Title, string Description, string Requirements);
