namespace Matching.Tests.LucenePeer;

/// <summary>An inclusive range of the corpus's number.</summary>
internal sealed record PeerRange(int From, int To);
