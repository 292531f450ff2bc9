using Matching.Engine.Index;

namespace Matching.Api.Indexing;

/// <summary>
/// Compares this node's match indexes with the database: the ids of all open offers and seeking students, and for
/// each a fingerprint of its indexed fields (terms, keywords, numbers, location), against what the index holds.
/// </summary>
/// <remarks>
/// Writes go on while it reads, so a first pass can see a row that the index has not applied yet, or the other way
/// round. Ids that differ are read again once the index has caught up with the database, and only those that still
/// differ are reported.
/// </remarks>
internal sealed class IndexConsistencyChecker(MatchIndexes indexes, IndexSource source, ChangeFeed feed, TimeProvider clock)
{
    private const int Listed = 100;
    private static readonly TimeSpan CatchUpWait = TimeSpan.FromSeconds(10);

    public async Task<IndexConsistencyReport> CheckAsync(CancellationToken cancellationToken)
    {
        var databaseSeq = await CatchUpAsync(cancellationToken);
        var offerRows = await ExpectedAsync(source.OpenOffersAsync(cancellationToken), r => r.Id, indexes.ToDocument, indexes.Offers);
        var studentRows = await ExpectedAsync(source.SeekingStudentsAsync(cancellationToken), r => r.Id, indexes.ToDocument, indexes.Students);
        var offerSuspects = Compare(offerRows, DocumentFingerprint.Of(indexes.Offers.Snapshot()));
        var studentSuspects = Compare(studentRows, DocumentFingerprint.Of(indexes.Students.Snapshot()));

        if (offerSuspects.Count + studentSuspects.Count > 0)
        {
            databaseSeq = await CatchUpAsync(cancellationToken);
            offerSuspects = await RecheckAsync(offerSuspects, source.OffersAsync([.. offerSuspects], cancellationToken),
                r => r.Id, r => r.Open, indexes.ToDocument, indexes.Offers);
            studentSuspects = await RecheckAsync(studentSuspects, source.StudentsAsync([.. studentSuspects], cancellationToken),
                r => r.Id, r => r.Seeking, indexes.ToDocument, indexes.Students);
        }
        var offers = Describe(offerRows, indexes.Offers, offerSuspects);
        var students = Describe(studentRows, indexes.Students, studentSuspects);
        return new IndexConsistencyReport(offers.Differences + students.Differences == 0, Environment.MachineName,
            indexes.AppliedSeq, databaseSeq, offers, students);
    }

    // Waits (a while) until this node has applied every change committed so far; returns the latest number.
    private async Task<long> CatchUpAsync(CancellationToken cancellationToken)
    {
        var latest = await feed.LatestSeqAsync(cancellationToken);
        var started = clock.GetTimestamp();
        while (indexes.AppliedSeq < latest && clock.GetElapsedTime(started) < CatchUpWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), clock, cancellationToken);
        }
        return latest;
    }

    private static async Task<Dictionary<Guid, ulong>> ExpectedAsync<T>(
        IAsyncEnumerable<T> rows, Func<T, Guid> idOf, Func<T, IndexDocument> toDocument, SearchIndex index)
    {
        var expected = new Dictionary<Guid, ulong>();
        await foreach (var row in rows)
        {
            expected[idOf(row)] = index.Fingerprint(toDocument(row));
        }
        return expected;
    }

    private static HashSet<Guid> Compare(Dictionary<Guid, ulong> expected, Dictionary<Guid, ulong> actual)
    {
        var suspects = new HashSet<Guid>();
        foreach (var (id, fingerprint) in expected)
        {
            if (!actual.TryGetValue(id, out var held) || held != fingerprint)
            {
                suspects.Add(id);
            }
        }
        suspects.UnionWith(actual.Keys.Where(id => !expected.ContainsKey(id)));
        return suspects;
    }

    // Reads the suspects' rows again and compares them with the index as it is now; returns those that still differ.
    private static async Task<HashSet<Guid>> RecheckAsync<T>(
        HashSet<Guid> suspects, IAsyncEnumerable<T> rows, Func<T, Guid> idOf, Func<T, bool> indexed, Func<T, IndexDocument> toDocument,
        SearchIndex index)
    {
        if (suspects.Count == 0)
        {
            return suspects;
        }
        var expected = new Dictionary<Guid, ulong>();
        await foreach (var row in rows)
        {
            if (indexed(row))
            {
                expected[idOf(row)] = index.Fingerprint(toDocument(row));
            }
        }
        var actual = DocumentFingerprint.Of(index.Snapshot());
        return [.. suspects.Where(id => expected.TryGetValue(id, out var fingerprint)
            ? !actual.TryGetValue(id, out var held) || held != fingerprint
            : actual.ContainsKey(id))];
    }

    private static IndexComparison Describe(Dictionary<Guid, ulong> expected, SearchIndex index, HashSet<Guid> differences)
    {
        var actual = index.Snapshot();
        var held = DocumentFingerprint.Of(actual);
        var missing = differences.Where(id => !held.ContainsKey(id)).Order().ToList();
        var unexpected = differences.Where(id => held.ContainsKey(id) && !expected.ContainsKey(id)).Order().ToList();
        var different = differences.Except(missing).Except(unexpected).Order().ToList();
        return new IndexComparison(expected.Count, actual.Count, [.. missing.Take(Listed)], [.. unexpected.Take(Listed)],
            [.. different.Take(Listed)], differences.Count);
    }
}
