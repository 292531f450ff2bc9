using Matching.Engine.Analysis;
using Xunit.Abstractions;

namespace Matching.Engine.Tests.Analysis;

// The splits of real compounds and real words that are not compounds (Data/compounds, every word checked against the
// OpenTaal list; see its README). A dictionary splitter cannot be right on every word, so these hold the rate up.
public sealed class CompoundSplitTests(ITestOutputHelper output)
{
    private static IEnumerable<(string Word, string[] Parts)> Read(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "compounds", file))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(fields => (fields[0], fields.Length > 1 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []));

    private static string Stem(string word) => DutchAnalyzer.AnalyzeWord(word).Stem;

    [Fact]
    public void At_least_95_percent_of_real_compounds_split_into_their_parts()
    {
        var compounds = Read("compound-splits.tsv").ToList();

        var wrong = compounds
            .Where(c => !DutchAnalyzer.AnalyzeWord(c.Word).Parts.SequenceEqual(c.Parts.Select(Stem).Distinct()))
            .Select(c => $"{c.Word}: {string.Join(' ', DutchAnalyzer.AnalyzeWord(c.Word).Parts)}")
            .ToList();

        output.WriteLine($"{compounds.Count - wrong.Count} of {compounds.Count} compounds split as expected:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
        Assert.True(compounds.Count >= 300, $"{compounds.Count} compounds");
        Assert.True(wrong.Count <= compounds.Count * 0.05, $"{wrong.Count} of {compounds.Count} split wrongly:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public void At_least_90_percent_of_words_that_are_no_compounds_stay_whole()
    {
        var words = Read("not-compounds.tsv").Select(w => w.Word).ToList();

        var split = words.Where(w => DutchAnalyzer.AnalyzeWord(w).Parts.Count > 0)
            .Select(w => $"{w}: {string.Join(' ', DutchAnalyzer.AnalyzeWord(w).Parts)}")
            .ToList();

        output.WriteLine($"{words.Count - split.Count} of {words.Count} words that are no compounds stay whole:{Environment.NewLine}{string.Join(Environment.NewLine, split)}");
        Assert.True(words.Count >= 100, $"{words.Count} words");
        Assert.True(split.Count <= words.Count * 0.10, $"{split.Count} of {words.Count} split:{Environment.NewLine}{string.Join(Environment.NewLine, split)}");
    }

    [Theory]
    [InlineData("verkeerslicht", "verkeer", "licht")]
    [InlineData("veiligheidsschoenen", "veiligheid", "schoenen")]
    [InlineData("kinderopvang", "kind", "opvang")]
    public void A_linking_sound_is_not_part_of_either_word(string compound, string first, string second)
    {
        var parts = DutchAnalyzer.AnalyzeWord(compound).Parts;

        Assert.Equal([Stem(first), Stem(second)], parts);
    }

    [Theory]
    [InlineData("magazijn")]
    [InlineData("medewerker")]
    [InlineData("verzorgende")]
    [InlineData("beschikbaar")]
    [InlineData("serveerster")]
    public void A_word_that_only_looks_like_a_compound_is_not_split(string word)
    {
        var parts = DutchAnalyzer.AnalyzeWord(word).Parts;

        Assert.Empty(parts);
    }
}
