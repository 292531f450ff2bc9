using Matching.Engine.Analysis;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Engine.Tests.Search;

public sealed class TextQueryTests
{
    private static readonly ITextAnalyzer Dutch = TextAnalyzers.From((string text, List<string> terms) => DutchAnalyzer.Analyze(text, terms));
    private static readonly FieldBoost[] Title = [new("title", 1f)];

    private static readonly Guid Cashier = Guid.NewGuid();
    private static readonly Guid Nurse = Guid.NewGuid();
    private static readonly Guid Forklift = Guid.NewGuid();
    private static readonly Guid Waiter = Guid.NewGuid();

    private static SearchIndex Offers()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Dutch);
        index.Upsert(new IndexDocument(Cashier).WithText("title", "Medewerker kassa en klantenservice"));
        index.Upsert(new IndexDocument(Nurse).WithText("title", "Stage verpleegkundige op de afdeling chirurgie"));
        index.Upsert(new IndexDocument(Forklift).WithText("title", "Heftruckchauffeur in het magazijn"));
        index.Upsert(new IndexDocument(Waiter).WithText("title", "Serveerder in ons restaurant"));
        return index;
    }

    private static (SearchResults Results, TextQuery Query) Search(SearchIndex index, string text)
    {
        var query = TextQuery.Parse(index.Snapshot(), text, Title);
        return (index.Search(new SearchRequest { Clauses = query.Clauses }), query);
    }

    [Fact]
    public void A_compound_finds_the_offer_that_writes_its_parts_apart()
    {
        var (results, _) = Search(Offers(), "kassamedewerker");

        Assert.Equal(Cashier, results.Hits[0].Id);
    }

    [Fact]
    public void Words_written_apart_find_the_offer_that_writes_them_as_one_compound()
    {
        var (results, _) = Search(Offers(), "heftruck chauffeur");

        Assert.Equal(Forklift, results.Hits[0].Id);
    }

    [Fact]
    public void A_female_job_title_finds_the_male_form()
    {
        var (results, _) = Search(Offers(), "serveerster");

        Assert.Equal(Waiter, results.Hits[0].Id);
    }

    [Fact]
    public void A_misspelt_word_is_searched_by_the_closest_term_and_says_so()
    {
        var (results, query) = Search(Offers(), "verplegkundige chirurgie");

        Assert.Equal(Nurse, results.Hits[0].Id);
        var correction = Assert.Single(query.Corrections);
        Assert.Equal(("verplegkundige", "verpleegkundige", 1), (correction.Written, correction.UsedInstead, correction.Edits));
        Assert.Equal("verpleegkundige chirurgie", query.DidYouMean);
    }

    [Fact]
    public void A_word_far_from_every_term_is_reported_as_unknown_and_the_query_finds_nothing()
    {
        var query = TextQuery.Parse(Offers().Snapshot(), "xylofoonstemmer", Title);

        Assert.True(query.FindsNothing);
        Assert.Empty(query.Clauses);
        Assert.Equal(["xylofoonstemmer"], query.Unknown);
        Assert.Null(query.DidYouMean);
    }

    [Fact]
    public void A_word_is_not_corrected_to_a_term_with_another_first_letter_nor_when_it_is_short()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Dutch);
        index.Upsert(new IndexDocument(Cashier).WithText("title", "Logistiek bij Van Gelder, BOL"));

        var kelner = TextQuery.Parse(index.Snapshot(), "kelner", Title);
        var boa = TextQuery.Parse(index.Snapshot(), "boa", Title);

        Assert.Equal(["kelner"], kelner.Unknown);
        Assert.Equal(["boa"], boa.Unknown);
        Assert.Empty(kelner.Corrections.Concat(boa.Corrections));
    }

    [Fact]
    public void A_word_that_only_deleted_documents_held_is_corrected_to_a_live_one()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Dutch);
        index.Upsert(new IndexDocument(Cashier).WithText("title", "klantenservise"));
        index.Upsert(new IndexDocument(Nurse).WithText("title", "klantenservice"));
        index.Delete(Cashier);

        var query = TextQuery.Parse(index.Snapshot(), "klantenservise", Title);

        Assert.False(index.Snapshot().ContainsTerm("title", "klantenservis"));
        Assert.Equal("klantenservice", Assert.Single(query.Corrections).UsedInstead);
    }

    [Fact]
    public void A_negated_word_adds_no_clause()
    {
        var query = TextQuery.Parse(Offers().Snapshot(), "geen magazijn, wel een restaurant", Title);

        Assert.DoesNotContain(query.Clauses, clause => clause.Text == DutchAnalyzer.AnalyzeWord("magazijn").Stem);
        Assert.Contains(query.Clauses, clause => clause.Text == DutchAnalyzer.AnalyzeWord("restaurant").Stem);
    }

    [Fact]
    public void A_ruled_out_word_moves_the_documents_that_hold_it_down_and_the_explanation_says_why()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Dutch);
        // Without the penalty the shorter title would win.
        index.Upsert(new IndexDocument(Forklift).WithText("title", "Magazijn met heftruck rijden en orders verzamelen"));
        index.Upsert(new IndexDocument(Cashier).WithText("title", "Magazijn kassa"));
        var query = TextQuery.Parse(index.Snapshot(), "magazijn, geen kassa", Title);

        var hits = index.Search(new SearchRequest { Clauses = query.Clauses, Functions = [.. query.Penalties(Title, 0.5f)], Explain = true }).Hits;

        Assert.Equal([Forklift, Cashier], hits.Select(hit => hit.Id));
        var penalty = Assert.Single(hits[1].Explanation!.Details, detail => detail.Description.StartsWith("penalty", StringComparison.Ordinal));
        Assert.Equal(0.5f, penalty.Value);
        Assert.Equal(hits[1].Score, hits[1].Explanation!.Value);
    }

    [Fact]
    public void The_explanation_names_the_word_as_written_beside_its_stem()
    {
        var index = Offers();
        var query = TextQuery.Parse(index.Snapshot(), "Heftruckchauffeurs", Title);

        var hit = index.Search(new SearchRequest { Clauses = query.Clauses, Explain = true }).Hits[0];

        Assert.Contains(hit.Explanation!.Details, term => term.Description.StartsWith("weight(title:heftruckchauffeur in ", StringComparison.Ordinal)
            && term.Description.Contains("for \"Heftruckchauffeurs\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compounds_parts_share_its_position_in_the_length_but_count_in_the_average()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Dutch);
        index.Upsert(new IndexDocument(Cashier).WithText("title", "kassamedewerker gezocht"));

        var hit = index.Search(new SearchRequest { Clauses = [TermClause.Term("title", "kassa")], Explain = true }).Hits[0];

        // Two positions (the parts overlap the compound), four tokens: dl = 2 and avgdl = 4 / 1, as in Lucene.
        var tf = hit.Explanation!.Details[0].Details[0].Details[^1];
        Assert.Equal([1f, 1.2f, 0.75f, 2f, 4f], tf.Details.Select(detail => detail.Value));
    }
}
