using Matching.Engine.Analysis;

namespace Matching.Engine.Tests.Analysis;

public sealed class TokenizerTests
{
    [Fact]
    public void Punctuation_and_whitespace_separate_tokens_and_case_is_kept()
    {
        var text = "Leerbedrijf: Bakkerij 'De Korenschoof', (Utrecht) - 3 plaatsen!";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["Leerbedrijf", "Bakkerij", "De", "Korenschoof", "Utrecht", "3", "plaatsen"], tokens);
    }

    [Fact]
    public void Hyphenated_compounds_give_their_parts_and_not_the_joined_form()
    {
        var text = "orderpicker-heftruckchauffeur mbo-verpleegkundige";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["orderpicker", "heftruckchauffeur", "mbo", "verpleegkundige"], tokens);
    }

    [Fact]
    public void Apostrophes_inside_words_split_them()
    {
        var text = "pc's en auto’s";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["pc", "s", "en", "auto", "s"], tokens);
    }

    [Fact]
    public void Letters_and_digits_together_form_one_token()
    {
        var text = "B1-niveau, 2027, 3.5 uur, A4tje";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["B1", "niveau", "2027", "3", "5", "uur", "A4tje"], tokens);
    }

    [Fact]
    public void A_token_of_the_maximum_length_is_kept_and_a_longer_one_is_dropped()
    {
        var longest = new string('a', Tokenizer.MaxTokenLength);
        var tooLong = new string('b', Tokenizer.MaxTokenLength + 1);

        var tokens = Tokenizer.Tokenize($"voor {longest} midden {tooLong} na");

        Assert.Equal(["voor", longest, "midden", "na"], tokens);
    }

    [Fact]
    public void Control_characters_emoji_and_invisible_format_characters_separate()
    {
        var text = "koken\0werken\u0007lopen👩‍🍳jaren\u200Bkeuken\uD800stage";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["koken", "werken", "lopen", "jaren", "keuken", "stage"], tokens);
    }

    [Fact]
    public void Letters_outside_the_basic_plane_are_part_of_a_token()
    {
        var text = "x𝐀y 𠀀𠀁";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["x𝐀y", "𠀀𠀁"], tokens);
    }

    [Fact]
    public void Combining_marks_continue_a_token_but_never_start_one()
    {
        var text = "cafe\u0301 \u0301ingee\u0308nt";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["cafe\u0301", "ingee\u0308nt"], tokens);
    }

    [Fact]
    public void Text_without_letters_or_digits_has_no_tokens()
    {
        var texts = new[] { "", "   \t\r\n", "-- '' !? …", "🙂🙂" };

        var tokens = texts.Select(Tokenizer.Tokenize);

        Assert.All(tokens, Assert.Empty);
    }

    [Fact]
    public void Enumerating_the_tokenizer_gives_slices_of_the_text()
    {
        var text = "mbo-verpleegkundige".AsSpan();
        var lengths = new List<int>();

        foreach (var token in new Tokenizer(text))
        {
            lengths.Add(token.Length);
        }

        Assert.Equal([3, 15], lengths);
    }
}
