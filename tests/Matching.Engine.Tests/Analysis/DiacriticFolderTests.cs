using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class DiacriticFolderTests
{
    [Theory]
    [InlineData("ingeënt", "ingeent")]
    [InlineData("één", "een")]
    [InlineData("ĳsbaan", "ijsbaan")]
    [InlineData("Ĳmuiden", "IJmuiden")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Ærøskøbing", "AEroskobing")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("façade", "facade")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("Þórshöfn", "THorshofn")]
    public void Letters_with_diacritics_fold_to_plain_letters_keeping_case(string text, string expected)
    {
        var folded = DiacriticFolder.Fold(text);

        Assert.Equal(expected, folded);
    }

    [Fact]
    public void Every_letter_of_Latin_1_Supplement_and_Latin_Extended_A_folds_to_one_or_two_ASCII_letters()
    {
        var letters = Enumerable.Range(0xC0, 0x180 - 0xC0).Select(c => (char)c).Where(char.IsLetter).ToList();

        var folded = letters.Select(c => DiacriticFolder.Fold(c.ToString())).ToList();

        Assert.Equal(190, letters.Count);
        Assert.All(folded, f => Assert.InRange(f.Length, 1, 2));
        Assert.All(folded, f => Assert.True(f.All(char.IsAsciiLetter), $"'{f}' is not plain ASCII letters"));
    }

    [Fact]
    public void Lower_case_letters_fold_to_lower_case()
    {
        var lower = Enumerable.Range(0xC0, 0x180 - 0xC0).Select(c => (char)c).Where(char.IsLower).ToList();

        var folded = lower.Select(c => DiacriticFolder.Fold(c.ToString()));

        Assert.All(folded, f => Assert.True(f.All(char.IsAsciiLetterLower), $"'{f}' is not lower case"));
    }

    [Fact]
    public void Combining_marks_are_dropped_so_decomposed_text_folds_like_precomposed_text()
    {
        var decomposed = "cafe\u0301 ingee\u0308nt";

        var folded = DiacriticFolder.Fold(decomposed);

        Assert.Equal("cafe ingeent", folded);
    }

    [Fact]
    public void Text_with_nothing_to_fold_comes_back_as_the_same_instance()
    {
        var text = new string("gewoon werk, 40 uur; кухня".AsSpan());

        var folded = DiacriticFolder.Fold(text);

        Assert.Same(text, folded);
    }

    [Fact]
    public void A_destination_shorter_than_twice_the_source_is_refused()
    {
        var destination = new char[5];

        var refusal = Assert.Throws<ArgumentException>(() => DiacriticFolder.Fold("abc", destination));

        Assert.Equal("destination", refusal.ParamName);
    }
}
