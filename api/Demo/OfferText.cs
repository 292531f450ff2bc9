namespace Matching.Api.Demo;

internal sealed record OfferText(string Title, string Description, string Requirements);
