using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class DutchQueryParserTests
{
    private static IReadOnlyList<string> Wanted(string text) =>
        [.. DutchQueryParser.Parse(text).Where(word => !word.Negated).Select(word => word.Written)];

    [Fact]
    public void Words_that_only_say_wanting_or_liking_are_left_out()
    {
        var words = Wanted("Ik zoek echt graag een leuke stage in de keuken");

        Assert.Equal(["keuken"], words);
    }

    [Fact]
    public void A_negation_marks_the_words_after_it_until_punctuation()
    {
        var words = DutchQueryParser.Parse("geen nachtdiensten, liefst in een ziekenhuis");

        Assert.Equal([("nachtdiensten", true), ("ziekenhuis", false)], words.Select(word => (word.Written, word.Negated)));
    }

    [Fact]
    public void A_negation_reaches_two_meaningful_words_and_ends_at_maar()
    {
        var words = DutchQueryParser.Parse("niet zwaar tillen of sjouwen maar wel magazijnwerk");

        Assert.Equal([("zwaar", true), ("tillen", true), ("sjouwen", false), ("magazijnwerk", false)],
            words.Select(word => (word.Written, word.Negated)));
    }

    [Fact]
    public void A_compound_is_searched_by_itself_and_by_its_parts_the_head_weighing_least()
    {
        var word = Assert.Single(DutchQueryParser.Parse("Kassamedewerker"));

        Assert.Equal("Kassamedewerker", word.Written);
        Assert.Equal(
            [new QueryTerm("kassamedewerker", 1f, QueryTermSource.Word), new QueryTerm("kassa", DutchQueryParser.PartWeight, QueryTermSource.CompoundPart), new QueryTerm("medewerker", DutchQueryParser.HeadWeight, QueryTermSource.CompoundPart)],
            word.Terms.Take(3));
    }

    [Fact]
    public void An_abbreviation_is_searched_by_what_it_stands_for()
    {
        var word = Assert.Single(DutchQueryParser.Parse("bhv"));

        Assert.Contains(word.Terms, term => term.Source == QueryTermSource.Synonym && term.Term == DutchAnalyzer.AnalyzeWord("bedrijfshulpverlening").Stem);
    }

    [Fact]
    public void A_female_job_title_is_searched_by_its_male_form()
    {
        var word = Assert.Single(DutchQueryParser.Parse("serveerster"));

        Assert.Contains(word.Terms, term => term.Term == DutchAnalyzer.AnalyzeWord("serveerder").Stem && term.Weight == DutchQueryParser.SynonymWeight);
    }

    [Fact]
    public void A_rule_with_a_single_letter_matches_before_single_letters_are_dropped()
    {
        var words = DutchQueryParser.Parse("rijbewijs C");

        var word = Assert.Single(words);
        Assert.Contains(word.Terms, term => term.Term == DutchAnalyzer.AnalyzeWord("vrachtwagenrijbewijs").Stem);
        Assert.DoesNotContain(word.Terms, term => term.Term == DutchAnalyzer.AnalyzeWord("busrijbewijs").Stem);
    }

    [Fact]
    public void Singular_and_plural_of_fiets_meet_as_lucenes_dutch_analyzer_makes_them()
    {
        var singular = DutchAnalyzer.AnalyzeWord("fiets");

        var inCompound = DutchAnalyzer.AnalyzeWord("fietsenwinkel");

        Assert.Equal(DutchAnalyzer.AnalyzeWord("fietsen").Stem, singular.Stem);
        Assert.Contains(singular.Stem, inCompound.Parts);
    }

    [Fact]
    public void Two_words_that_each_have_synonyms_keep_their_own()
    {
        var words = DutchQueryParser.Parse("assistent filiaalmanager");

        Assert.DoesNotContain(words[0].Terms, term => term.Term == DutchAnalyzer.AnalyzeWord("filiaalleider").Stem);
        Assert.Contains(words[1].Terms, term => term.Term == DutchAnalyzer.AnalyzeWord("filiaalleider").Stem);
    }

    [Fact]
    public void Offsets_point_at_the_words_as_written()
    {
        var text = "Heftruck-certificaat, graag!";

        var words = DutchQueryParser.Parse(text);

        Assert.Equal(["Heftruck", "certificaat"], words.Select(word => text[word.Start..word.End]));
    }
}
