using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class DutchStopwordsTests
{
    [Fact]
    public void The_list_holds_the_101_Snowball_words_in_lower_case_ASCII()
    {
        var words = DutchStopwords.Words;

        Assert.Equal(101, words.Count);
        Assert.All(words, w => Assert.True(w.All(char.IsAsciiLetterLower), w));
    }

    [Fact]
    public void Function_words_are_stopwords_and_content_words_are_not()
    {
        var stopwords = new[] { "de", "een", "het", "andere", "geweest", "u" };
        var contentWords = new[] { "werk", "stage", "kok", "een2", "ee", "" };

        Assert.All(stopwords, w => Assert.True(DutchStopwords.IsStopword(w), w));
        Assert.All(contentWords, w => Assert.False(DutchStopwords.IsStopword(w), w));
    }

    [Fact]
    public void A_stopword_is_found_in_a_slice_of_a_longer_buffer()
    {
        var buffer = "xxeenxx".AsSpan();

        var found = DutchStopwords.IsStopword(buffer[2..5]);

        Assert.True(found);
    }

    [Fact]
    public void Lookups_are_exact_so_unfolded_or_upper_case_forms_are_not_stopwords()
    {
        var forms = new[] { "één", "De", "EEN" };

        var found = forms.Select(w => DutchStopwords.IsStopword(w));

        Assert.All(found, Assert.False);
    }
}
