using System.Globalization;
using System.Text;

namespace Matching.Engine.Analysis;

/// <summary>
/// Splits text into tokens: maximal runs of Unicode letters and decimal digits. Everything else
/// separates, so hyphenated compounds give their parts ("mbo-verpleegkundige" gives "mbo" and
/// "verpleegkundige") and apostrophes split too ("auto's" gives "auto" and "s").
/// </summary>
/// <remarks>
/// <para>
/// Splitting at apostrophes lets "auto's" and "pc's" match "auto" and "pc"; kept whole they would
/// give terms of their own that plain forms never match. The leftover "s" becomes a term too: it is
/// frequent, so BM25 gives it next to no weight. Hyphenated parts are not joined again, so a search
/// for "verpleegkundige" finds "mbo-verpleegkundige", and "mbo-verpleegkundige" finds both parts.
/// </para>
/// <para>
/// Combining marks (a decomposed "é" is "e" followed by U+0301) continue a token but never start one.
/// Tokens longer than <see cref="MaxTokenLength"/> characters are dropped, as Lucene's
/// <c>ClassicTokenizer</c> skips them: they are data (hashes, base64, glued-together text) rather than words. The tokenizer neither lowercases nor folds;
/// see <see cref="DutchAnalyzer"/>. It is a ref struct over a span, so tokenizing allocates nothing.
/// </para>
/// </remarks>
public ref struct Tokenizer
{
    /// <summary>The longest token kept, in UTF-16 code units.</summary>
    public const int MaxTokenLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Starts tokenizing <paramref name="text"/>.</summary>
    /// <param name="text">The text to split.</param>
    public Tokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    /// <summary>The current token, a slice of the text.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Splits <paramref name="text"/> into token strings; convenient where allocation does not matter.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The tokens, in order, unchanged in case.</returns>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        foreach (var token in new Tokenizer(text))
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>Returns this tokenizer, so that it can be used in <c>foreach</c>.</summary>
    /// <returns>This tokenizer.</returns>
    public readonly Tokenizer GetEnumerator() => this;

    /// <summary>Advances to the next token of at most <see cref="MaxTokenLength"/> characters.</summary>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var width = Classify(_text, _position, out var category);
            if (!IsLetterOrDigit(category))
            {
                _position += width;
                continue;
            }

            var start = _position;
            _position += width;
            while (_position < _text.Length)
            {
                width = Classify(_text, _position, out category);
                if (!IsLetterOrDigit(category) && !IsMark(category))
                {
                    break;
                }

                _position += width;
            }

            if (_position - start <= MaxTokenLength)
            {
                Current = _text[start.._position];
                return true;
            }
        }

        Current = default;
        return false;
    }

    // Returns the width in code units of the character or surrogate pair at index; a lone surrogate
    // decodes as U+FFFD, a symbol, so it separates.
    private static int Classify(ReadOnlySpan<char> text, int index, out UnicodeCategory category)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            category = char.GetUnicodeCategory(c);
            return 1;
        }

        Rune.DecodeFromUtf16(text[index..], out var rune, out var width);
        category = Rune.GetUnicodeCategory(rune);
        return width;
    }

    private static bool IsLetterOrDigit(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;

    private static bool IsMark(UnicodeCategory category) => category is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
