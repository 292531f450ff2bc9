namespace Matching.Tests.LucenePeer;

/// <summary>One generated document: already-analyzed terms separated by single spaces, a keyword and a number.</summary>
/// <param name="Ordinal">Its place in the corpus, which is also its document id in both indexes.</param>
/// <param name="Body">The text field's terms, space-separated.</param>
/// <param name="Sector">The keyword field's value.</param>
/// <param name="Number">The numeric field's value.</param>
internal sealed record PeerDocument(int Ordinal, string Body, string Sector, int Number);
