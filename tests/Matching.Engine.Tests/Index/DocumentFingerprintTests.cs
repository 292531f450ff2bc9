using Matching.Engine.Index;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

public sealed class DocumentFingerprintTests
{
    [Fact]
    public void A_snapshot_holds_the_fingerprint_of_each_live_document_as_it_was_written_through_merges_and_deletes()
    {
        var index = NewIndex(new SearchIndexOptions { MergeFactor = 2, BackgroundMerges = false });
        var documents = Enumerable.Range(0, 40).Select(i => Document(Guid.NewGuid(), $"welder steel {i % 7} welder", $"sector{i % 3}", i)).ToList();
        foreach (var document in documents)
        {
            index.Upsert(document);
        }
        index.Delete(documents[3].Id);
        var updated = Document(documents[5].Id, "nurse care home", "care", 99);
        index.Upsert(updated);

        var fingerprints = DocumentFingerprint.Of(index.Snapshot());

        Assert.Equal(39, fingerprints.Count);
        Assert.False(fingerprints.ContainsKey(documents[3].Id));
        Assert.Equal(index.Fingerprint(updated), fingerprints[updated.Id]);
        Assert.All(documents.Where((_, i) => i is not 3 and not 5), d => Assert.Equal(index.Fingerprint(d), fingerprints[d.Id]));
    }

    [Fact]
    public void Any_indexed_difference_changes_the_fingerprint_but_value_order_does_not()
    {
        var index = NewIndex(new SearchIndexOptions());
        var id = Guid.NewGuid();
        var original = index.Fingerprint(Document(id, "welder steel welder", "port", 3).WithKeywords("crebo", "1", "2"));

        var reordered = index.Fingerprint(Document(id, "steel welder welder", "port", 3).WithKeywords("crebo", "2", "1"));
        var otherFrequency = index.Fingerprint(Document(id, "welder steel steel", "port", 3).WithKeywords("crebo", "1", "2"));
        var otherKeyword = index.Fingerprint(Document(id, "welder steel welder", "care", 3).WithKeywords("crebo", "1", "2"));
        var otherNumber = index.Fingerprint(Document(id, "welder steel welder", "port", 4).WithKeywords("crebo", "1", "2"));
        var otherLocation = index.Fingerprint(Document(id, "welder steel welder", "port", 3).WithKeywords("crebo", "1", "2").WithLocation(51.9, 4.5));

        Assert.Equal(original, reordered);
        Assert.Equal(4, new[] { otherFrequency, otherKeyword, otherNumber, otherLocation }.Distinct().Count(f => f != original));
    }

    private static SearchIndex NewIndex(SearchIndexOptions options) =>
        new(new IndexSchema(["title"], ["sector", "crebo"], ["places"], hasLocation: true), Whitespace, options);

    private static IndexDocument Document(Guid id, string title, string sector, long places) =>
        new IndexDocument(id).WithText("title", title).WithKeywords("sector", sector).WithNumber("places", places).WithLocation(51.92, 4.47);
}
