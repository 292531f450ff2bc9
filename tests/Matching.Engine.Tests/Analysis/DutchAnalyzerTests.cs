using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class DutchAnalyzerTests
{
    private static string Stem(string word) => SnowballDutchVocabulary.StemOf(word);

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n  ")]
    [InlineData("!? -- ... ''")]
    public void Text_without_words_has_no_terms(string text)
    {
        var terms = DutchAnalyzer.Analyze(text);

        Assert.Empty(terms);
    }

    [Fact]
    public void Text_of_only_stopwords_has_no_terms()
    {
        var text = "De en van het een; IK ben er niet, want hij zou het doen.";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Empty(terms);
    }

    [Fact]
    public void Punctuation_separates_and_numbers_are_kept()
    {
        var text = "VCA-certificaat 2027";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["vca", "certificat", "2027"], terms);
    }

    [Fact]
    public void Single_letters_and_lone_digits_are_not_terms()
    {
        var text = "baby's, niveau 2 en rijbewijs B of C";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal([Stem("baby"), Stem("niveau"), "rijbewijs"], terms);
    }

    [Fact]
    public void Words_are_lowercased_stemmed_and_stripped_of_stopwords_in_text_order()
    {
        var text = "Medewerkers GEZOCHT voor de Keuken: koken, bakken!";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal([Stem("medewerkers"), "gezocht", Stem("keuken"), Stem("koken"), Stem("bakken")], terms);
        Assert.Equal("medewerker", terms[0]);
        Assert.Equal("kok", terms[3]);
    }

    [Fact]
    public void Programming_languages_named_by_punctuation_are_words()
    {
        var text = "Back-end in C# en .NET, geen C++";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["back", "end", "csharp", "dotnet", "cplusplus"], terms);
    }

    [Fact]
    public void Inflected_forms_of_one_word_give_one_term()
    {
        var text = "opleiding opleidingen Opleiding";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["opleid", "opleid", "opleid"], terms);
    }

    [Fact]
    public void A_compound_gives_its_parts_after_itself_and_they_share_its_position()
    {
        var terms = new List<string>();

        var positions = DutchAnalyzer.Analyze("Kassamedewerker gezocht", terms);

        Assert.Equal(["kassamedewerker", "kassa", "medewerker", "gezocht"], terms);
        Assert.Equal(2, positions);
    }

    [Fact]
    public void A_compound_meets_its_parts_written_apart()
    {
        var together = DutchAnalyzer.Analyze("heftruckcertificaat");

        var apart = DutchAnalyzer.Analyze("certificaat voor de heftruck");

        Assert.Subset(together.ToHashSet(), apart.ToHashSet());
    }

    [Fact]
    public void Hyphenated_compounds_give_their_parts_as_terms()
    {
        var text = "mbo-verpleegkundige";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal("mbo", terms[0]);
        Assert.Equal("verpleegkund", terms[1]);
    }

    [Fact]
    public void Apostrophe_plurals_match_the_plain_word_and_leave_no_stray_letter()
    {
        var text = "auto's en pc's";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal([Stem("auto"), "pc"], terms);
    }

    [Fact]
    public void Diacritics_are_folded_before_stemming()
    {
        var text = "Café ingeënt Coöperatie reünie financiële ideeën";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["caf", "ingeent", "cooperatie", "reunie", "financiel", "ideeen"], terms);
    }

    [Fact]
    public void Folding_comes_before_the_stopword_test()
    {
        var text = "één ÉÉN Één";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Empty(terms);
    }

    [Fact]
    public void Decomposed_accents_give_the_same_terms_as_precomposed_ones()
    {
        var decomposed = "cafe\u0301 ingee\u0308nt e\u0301e\u0301n";

        var terms = DutchAnalyzer.Analyze(decomposed);

        Assert.Equal(DutchAnalyzer.Analyze("café ingeënt één"), terms);
    }

    [Fact]
    public void Ligatures_and_sharp_s_fold_to_their_letters()
    {
        var text = "ĲSBAAN Straße";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["ijsban", "stras"], terms);
    }

    [Fact]
    public void Tokens_longer_than_the_maximum_are_dropped_and_their_neighbours_kept()
    {
        var text = $"jaren {new string('x', 100)} koken {new string('a', 70)}";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["jar", "kok"], terms);
    }

    [Fact]
    public void Control_characters_and_emoji_separate_words()
    {
        var text = "koken\0werken\u0007👩‍🍳lopen jaren 🚜";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["kok", "werk", "lop", "jar"], terms);
    }

    [Fact]
    public void Words_in_other_alphabets_are_lowercased_and_kept_unstemmed()
    {
        var text = "Keuken КУХНЯ مطبخ Κουζίνα";

        var terms = DutchAnalyzer.Analyze(text);

        Assert.Equal(["keuk", "кухня", "مطبخ", "κουζίνα"], terms);
    }

    [Fact]
    public void The_list_overload_appends_to_the_terms_already_there()
    {
        var terms = new List<string> { "bestaand" };

        DutchAnalyzer.Analyze("Vrachtwagen", terms);

        Assert.Equal("bestaand", terms[0]);
        Assert.Equal(Stem("vrachtwagen"), terms[1]);
    }
}
