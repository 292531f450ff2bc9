using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class DutchStemmerTests
{
    [Fact]
    public void Every_word_of_the_Snowball_vocabulary_gets_the_reference_stem()
    {
        var words = SnowballDutchVocabulary.ReadLines("voc.txt");
        var expected = SnowballDutchVocabulary.ReadLines("output-dutch-porter.txt");

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = DutchStemmer.Stem(words[i]);
            if (actual != expected[i])
            {
                mismatches.Add($"line {i + 1}: {words[i]} -> {actual}, expected {expected[i]}");
            }
        }

        Assert.Equal(45_670, words.Length);
        Assert.Equal(words.Length, expected.Length);
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} words stemmed wrongly; the first ones:{Environment.NewLine}"
            + string.Join(Environment.NewLine, mismatches.Take(25)));
    }

    [Fact]
    public void A_word_that_is_its_own_stem_comes_back_as_the_same_instance()
    {
        var word = new string("werkplek".AsSpan());

        var stem = DutchStemmer.Stem(word);

        Assert.Same(word, stem);
    }

    [Fact]
    public void The_span_overload_stems_in_place_and_returns_the_stem_length()
    {
        Span<char> buffer = "opleidingen".ToCharArray();

        var length = DutchStemmer.Stem(buffer);

        Assert.Equal(SnowballDutchVocabulary.StemOf("opleidingen"), buffer[..length].ToString());
    }

    [Fact]
    public void Accented_vowels_are_stemmed_as_their_plain_vowels()
    {
        var accented = new[] { "coöperatie", "reünie", "financiële", "ideeën", "naïef", "café" };

        var stems = accented.Select(DutchStemmer.Stem);

        Assert.Equal(accented.Select(SnowballDutchVocabulary.StemOf), stems);
        Assert.Equal(["cooperatie", "reunie", "financiel", "ideeen", "naief", "caf"], stems);
    }

    [Fact]
    public void Empty_and_very_short_words_are_left_alone()
    {
        var words = new[] { "", "a", "en", "s" };

        var stems = words.Select(DutchStemmer.Stem);

        Assert.Equal(words, stems);
    }

    [Fact]
    public void A_word_longer_than_the_stack_buffer_is_stemmed_too()
    {
        var middle = new string('x', 200);

        var stem = DutchStemmer.Stem("a" + middle + "heden");

        Assert.Equal("a" + middle + "heid", stem);
    }
}
