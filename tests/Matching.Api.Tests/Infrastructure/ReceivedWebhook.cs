namespace Matching.Api.Tests.Infrastructure;

public sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
