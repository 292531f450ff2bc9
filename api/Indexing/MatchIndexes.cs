using System.Collections.Concurrent;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Engine.Analysis;
using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Api.Indexing;

/// <summary>
/// This node's two in-memory indexes: open offers (queried for a student) and seeking students
/// (queried for an offer), with the summary a match result shows of each open offer. The database is
/// the source of truth; these follow its change sequence.
/// </summary>
internal sealed class MatchIndexes(ReferenceDataSet reference)
{
    // Match and search pages show these, so a page needs no database read; kept with the offer index.
    private readonly ConcurrentDictionary<Guid, OfferSummary> _offerSummaries = new();

    private static readonly ITextAnalyzer Dutch = TextAnalyzers.From((string text, List<string> terms) => DutchAnalyzer.Analyze(text, terms));

    public SearchIndex Offers { get; } = new(new IndexSchema(
        [IndexFields.Title, IndexFields.Requirements, IndexFields.Description],
        [IndexFields.Crebo, IndexFields.AccreditedCrebo, IndexFields.LearningPath, IndexFields.Sector, IndexFields.Region, IndexFields.Company, IndexFields.Levels],
        [IndexFields.LevelMin, IndexFields.LevelMax, IndexFields.Start, IndexFields.End, IndexFields.FreePlaces],
        hasLocation: true), Dutch);

    public SearchIndex Students { get; } = new(new IndexSchema(
        [IndexFields.FreeText],
        [IndexFields.Crebo, IndexFields.LearningPath, IndexFields.Region, IndexFields.School, IndexFields.PreferredSector],
        [IndexFields.Level, IndexFields.AvailableFrom, IndexFields.AvailableUntil, IndexFields.MaxDistanceKm],
        hasLocation: true), Dutch);

    /// <summary>The last change sequence number applied to both indexes.</summary>
    public long AppliedSeq => Volatile.Read(ref _appliedSeq);

    private long _appliedSeq;

    public void MarkApplied(long seq) => Volatile.Write(ref _appliedSeq, seq);

    /// <summary>Both indexes, the summaries and the change they reached; consistent only while no change is being applied.</summary>
    public MatchIndexesSnapshot Capture() => new(AppliedSeq, Offers.Snapshot(), Students.Snapshot(), [.. _offerSummaries.Values]);

    /// <summary>Makes a snapshot read from a file the contents of these indexes, which must be empty.</summary>
    public void Restore(MatchIndexesSnapshot snapshot)
    {
        Offers.Restore(snapshot.Offers);
        Students.Restore(snapshot.Students);
        foreach (var summary in snapshot.Summaries)
        {
            _offerSummaries[summary.Id] = summary;
        }
        MarkApplied(snapshot.Seq);
    }

    /// <summary>Adds a batch of open offers (the start-up load).</summary>
    public void LoadOffers(IReadOnlyList<OfferIndexRow> offers)
    {
        Offers.Upsert(ToDocuments(offers, ToDocument));
        foreach (var offer in offers)
        {
            _offerSummaries[offer.Id] = Summarize(offer);
        }
    }

    /// <summary>Adds a batch of seeking students (the start-up load).</summary>
    public void LoadStudents(IReadOnlyList<StudentIndexRow> students) => Students.Upsert(ToDocuments(students, ToDocument));

    // A load's documents are made on all cores, as the index then analyses them.
    private static IndexDocument[] ToDocuments<T>(IReadOnlyList<T> rows, Func<T, IndexDocument> toDocument)
    {
        var documents = new IndexDocument[rows.Count];
        Parallel.For(0, documents.Length, i => documents[i] = toDocument(rows[i]));
        return documents;
    }

    public void Apply(OfferIndexRow offer)
    {
        if (!offer.Open)
        {
            RemoveOffer(offer.Id);
            return;
        }
        Offers.Upsert(ToDocument(offer));
        _offerSummaries[offer.Id] = Summarize(offer);
    }

    public void RemoveOffer(Guid id)
    {
        Offers.Delete(id);
        _offerSummaries.TryRemove(id, out _);
    }

    public void Apply(StudentIndexRow student)
    {
        if (!student.Seeking)
        {
            Students.Delete(student.Id);
            return;
        }
        Students.Upsert(ToDocument(student));
    }

    /// <summary>The open offer as this node's index holds it; false when the index does not hold it (closed, or not applied yet).</summary>
    public bool TryGetOffer(Guid id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out OfferSummary offer) => _offerSummaries.TryGetValue(id, out offer);

    public GeoPoint LocationOf(int pc4) =>
        reference.TryGetPostcode(pc4, out var postcode) ? new GeoPoint(postcode.Latitude, postcode.Longitude)
            : throw new InvalidOperationException($"PC4 {pc4} is not in the reference data.");

    public string RegionOf(int pc4) =>
        reference.TryGetPostcode(pc4, out var postcode) ? reference.MunicipalityOf(postcode).RegionCode : "";

    public IndexDocument ToDocument(OfferIndexRow offer) => new IndexDocument(offer.Id)
        .WithText(IndexFields.Title, offer.Title)
        .WithText(IndexFields.Requirements, offer.Requirements)
        .WithText(IndexFields.Description, offer.Description)
        .WithKeywords(IndexFields.Crebo, offer.Crebos.Select(Keyword))
        .WithKeywords(IndexFields.AccreditedCrebo, offer.AccreditedCrebos.Select(Keyword))
        .WithKeywords(IndexFields.LearningPath, offer.LearningPath)
        .WithKeywords(IndexFields.Sector, offer.Sector)
        .WithKeywords(IndexFields.Region, RegionOf(offer.Pc4))
        .WithKeywords(IndexFields.Company, offer.CompanyId.ToString())
        .WithKeywords(IndexFields.Levels, Enumerable.Range(offer.LevelMin, offer.LevelMax - offer.LevelMin + 1).Select(Keyword))
        .WithNumber(IndexFields.LevelMin, offer.LevelMin)
        .WithNumber(IndexFields.LevelMax, offer.LevelMax)
        .WithDate(IndexFields.Start, offer.Start)
        .WithDate(IndexFields.End, offer.End)
        .WithNumber(IndexFields.FreePlaces, offer.FreePlaces)
        .WithLocation(LocationOf(offer.Pc4));

    public IndexDocument ToDocument(StudentIndexRow student) => new IndexDocument(student.Id)
        .WithText(IndexFields.FreeText, student.FreeText)
        .WithKeywords(IndexFields.Crebo, Keyword(student.Crebo))
        .WithKeywords(IndexFields.LearningPath, student.LearningPath)
        .WithKeywords(IndexFields.Region, RegionOf(student.Pc4))
        .WithKeywords(IndexFields.School, student.SchoolBrin)
        .WithKeywords(IndexFields.PreferredSector, student.PreferredSectors)
        .WithNumber(IndexFields.Level, student.Level)
        .WithDate(IndexFields.AvailableFrom, student.AvailableFrom)
        .WithDate(IndexFields.AvailableUntil, student.AvailableUntil ?? DateOnly.MaxValue)
        .WithNumber(IndexFields.MaxDistanceKm, student.MaxDistanceKm)
        .WithLocation(LocationOf(student.Pc4));

    /// <summary>The hits with the summaries of their offers; an offer closed or deleted since the search is left out rather than shown stale.</summary>
    public IEnumerable<(SearchHit Hit, OfferSummary Offer)> WithOfferSummaries(IEnumerable<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            if (_offerSummaries.TryGetValue(hit.Id, out var summary))
            {
                yield return (hit, summary);
            }
        }
    }

    // Learning paths are two values; one instance of each instead of one per offer.
    private static OfferSummary Summarize(OfferIndexRow offer) => new(
        offer.Id, offer.Title, offer.CompanyId, offer.CompanyName, string.Intern(offer.LearningPath), offer.Crebos, offer.LevelMin, offer.LevelMax,
        offer.Pc4, offer.Start, offer.End, offer.FreePlaces, offer.HoursPerWeek, offer.MonthlyAllowanceEuros);

    public static string Keyword(int crebo) => crebo.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
