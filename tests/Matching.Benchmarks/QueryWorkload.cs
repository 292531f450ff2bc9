using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.OfferSearch;
using Matching.Api.Students;
using Matching.Demo;
using Matching.Engine.Search;

namespace Matching.Benchmarks;

/// <summary>
/// Random but reproducible queries, each built by the service's own query code as a request would build it:
/// a seeking student's matches, an open offer's candidates, a free-text search with facets, and a portal's search with
/// text and filters.
/// </summary>
internal sealed class QueryWorkload
{
    private const int Seed = 5;

    private readonly BenchData _data;
    private readonly MatchIndexes _indexes;
    private readonly (Student Student, string Qualification)[] _students;
    private readonly OfferIndexRow[] _offers;
    private readonly OfferSearchRequest[] _searches;
    private readonly OfferSearchRequest[] _filteredSearches;

    public QueryWorkload(BenchData data, MatchIndexes indexes, int count)
    {
        _data = data;
        _indexes = indexes;
        var random = new Random(Seed);
        var seeking = data.Dataset.Students.Where(student => student.Status == "seeking").ToArray();
        _students = [.. Enumerable.Range(0, count).Select(_ => ToStudent(seeking[random.Next(seeking.Length)]))];
        _offers = [.. Enumerable.Range(0, count).Select(_ => data.OfferRows[random.Next(data.OfferRows.Length)])];
        _searches = [.. Enumerable.Range(0, count).Select(_ => new OfferSearchRequest { Text = SearchText(random) })];
        // Drawn after the others, so that their queries stay those of earlier runs.
        _filteredSearches = [.. Enumerable.Range(0, count).Select(_ => FilteredSearch(random))];
    }

    private static readonly MatchOptions Options = new();

    public int Count => _students.Length;

    // The operations by the names MATCHING_BENCH_OPERATION and --latency-loop take, in the harness's order.
    public IReadOnlyDictionary<string, Func<int, SearchResults>> Operations => new Dictionary<string, Func<int, SearchResults>>
    {
        ["match"] = Match,
        ["candidates"] = Candidates,
        ["search"] = Search,
        ["search-filters"] = SearchWithFilters,
    };

    // What query i of an operation asks, in a few words, for a list of the slowest.
    public string Describe(string operation, int i) => operation switch
    {
        "match" => $"student crebo {_students[i].Student.Crebo}, level {_students[i].Student.Level}, {_students[i].Student.LearningPath}, "
            + $"pc4 {_students[i].Student.Pc4}, within {_students[i].Student.MaxDistanceKm} km, wish \"{_students[i].Student.FreeText.ReplaceLineEndings(" ")}\"",
        "candidates" => $"offer crebos {string.Join(' ', _offers[i].Crebos)}, pc4 {_offers[i].Pc4}, title \"{_offers[i].Title}\"",
        "search" => $"text \"{_searches[i].Text}\"",
        _ => $"text \"{_filteredSearches[i].Text}\", region {_filteredSearches[i].Region}, {_filteredSearches[i].LearningPath}, level {_filteredSearches[i].Level}",
    };

    // GET /v1/students/{id}/matches: offers for a student, every eligibility rule a filter.
    public SearchResults Match(int i)
    {
        var (student, qualification) = _students[i];
        var snapshot = _indexes.Offers.Snapshot();
        return _indexes.Offers.Search(snapshot, OfferMatchQueries.ForStudent(snapshot, student, qualification, _indexes.LocationOf(student.Pc4), _data.Today, new MatchQuery(), Options));
    }

    // GET /v1/offers/{id}/candidates: seeking students for an offer.
    public SearchResults Candidates(int i)
    {
        var offer = _offers[i];
        var snapshot = _indexes.Students.Snapshot();
        return _indexes.Students.Search(snapshot, CandidateQueries.ForOffer(snapshot, offer, _indexes.LocationOf(offer.Pc4), _data.Today, new MatchQuery(), Options));
    }

    // POST /v1/search/offers with text only: every open offer is searched and counted for the four facets.
    public SearchResults Search(int i)
    {
        var snapshot = _indexes.Offers.Snapshot();
        var text = TextQuery.Parse(snapshot, _searches[i].Text, OfferMatchQueries.OfferText);
        return _indexes.Offers.Search(snapshot, OfferSearchQueries.ForRequest(_searches[i], near: null, text, 0, _searches[i].Limit));
    }

    // POST /v1/search/offers as a portal's search page sends it: text, a region, a learning path and a level, with facets.
    public SearchResults SearchWithFilters(int i)
    {
        var snapshot = _indexes.Offers.Snapshot();
        var request = _filteredSearches[i];
        var text = TextQuery.Parse(snapshot, request.Text, OfferMatchQueries.OfferText);
        return _indexes.Offers.Search(snapshot, OfferSearchQueries.ForRequest(request, near: null, text, 0, request.Limit));
    }

    // The words of one random offer's title, with the filters that offer passes: its region, its learning path and one of
    // its levels.
    private OfferSearchRequest FilteredSearch(Random random)
    {
        var offer = _data.OfferRows[random.Next(_data.OfferRows.Length)];
        return new OfferSearchRequest
        {
            Text = SearchText(random),
            Region = _indexes.RegionOf(offer.Pc4),
            LearningPath = offer.LearningPath,
            Level = random.Next(offer.LevelMin, offer.LevelMax + 1),
        };
    }

    // One or two words of a random offer's title, the way a portal's search box is used ("logistiek magazijn").
    private string SearchText(Random random)
    {
        var words = _data.OfferRows[random.Next(_data.OfferRows.Length)].Title
            .Split([' ', '(', ')', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 3 && char.IsLetter(word[0]))
            .ToArray();
        if (words.Length == 0)
        {
            return "stage";
        }

        var first = words[random.Next(words.Length)];
        return random.Next(2) == 0 ? first : $"{first} {words[random.Next(words.Length)]}";
    }

    private (Student, string) ToStudent(DemoStudent s)
    {
        var qualification = _data.Reference.TryGetQualification(s.Crebo, out var found) ? found.Name : "";
        var student = new Student(s.Id, s.SchoolBrin, s.ExternalRef, s.Crebo, s.Level, s.LearningPath, s.Pc4, s.MaxDistanceKm,
            s.AvailableFrom, s.AvailableUntil, s.HoursPerWeek, s.PreferredSectors, s.FreeText, s.Languages, s.Status, 1,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        return (student, qualification);
    }
}
