using Lucene.Net.Tartarus.Snowball.Ext;

namespace Matching.Engine.Tests.Analysis;

// The stemmer of the chain is Lucene.Net's Snowball DutchStemmer; these hold it to the Snowball project's own reference.
public sealed class DutchStemmerTests
{
    private static string Stem(string word)
    {
        var stemmer = new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    [Fact]
    public void Every_word_of_the_Snowball_vocabulary_gets_the_reference_stem()
    {
        var words = SnowballDutchVocabulary.ReadLines("voc.txt");
        var expected = SnowballDutchVocabulary.ReadLines("output-dutch-porter.txt");

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = Stem(words[i]);
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
    public void Accented_vowels_are_stemmed_as_their_plain_vowels()
    {
        var accented = new[] { "coöperatie", "reünie", "financiële", "ideeën", "naïef", "café" };

        var stems = accented.Select(Stem);

        Assert.Equal(accented.Select(SnowballDutchVocabulary.StemOf), stems);
        Assert.Equal(["cooperatie", "reunie", "financiel", "ideeen", "naief", "caf"], stems);
    }
}
