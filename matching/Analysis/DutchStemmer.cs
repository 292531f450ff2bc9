namespace Matching.Engine.Analysis;

/// <summary>
/// The classic Snowball Dutch stemmer (Martin Porter's algorithm, "dutch_porter" in current Snowball),
/// the one Lucene's <c>SnowballFilter("Dutch")</c> and PostgreSQL's <c>dutch</c> configuration use.
/// </summary>
/// <remarks>
/// Input is expected in lower case, as Snowball expects it. The stemmer works in place on a char
/// buffer; it only ever shortens a word, so the buffer never needs to grow.
/// </remarks>
public static class DutchStemmer
{
    // Words longer than this are stemmed in a heap buffer; analysed tokens never get there.
    private const int StackBufferLength = 128;

    // Bit n stands for the letter 'a' + n: a, e, i, o, u and y.
    private const uint AsciiVowels = 1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20 | 1u << 24;

    /// <summary>Returns the stem of a lower-case word; the same instance when the word is its own stem.</summary>
    /// <param name="word">The word, in lower case.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        var buffer = word.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[word.Length];
        var span = buffer[..word.Length];
        word.AsSpan().CopyTo(span);

        var length = Stem(span);

        return length == word.Length && span.SequenceEqual(word) ? word : new string(span[..length]);
    }

    /// <summary>Stems the lower-case word that fills <paramref name="word"/> in place.</summary>
    /// <param name="word">The word; on return its first characters (up to the returned length) hold the stem.</param>
    /// <returns>The length of the stem.</returns>
    public static int Stem(Span<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        Prelude(word);
        var (p1, p2) = MarkRegions(word);
        var length = RemoveSuffixes(word, p1, p2);
        Postlude(word[..length]);
        return length;
    }

    private static bool IsVowel(char c) =>
        (uint)(c - 'a') < 26 ? (AsciiVowels >> (c - 'a') & 1) != 0 : c == 'è';

    // Drops the umlauts and acute accents (è is kept: it is a vowel of its own), then marks the y
    // and i that act as consonants with upper case so that the vowel tests skip them.
    private static void Prelude(Span<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] >= 'á')
            {
                word[i] = word[i] switch
                {
                    'ä' or 'á' => 'a',
                    'ë' or 'é' => 'e',
                    'ï' or 'í' => 'i',
                    'ö' or 'ó' => 'o',
                    'ü' or 'ú' => 'u',
                    var c => c,
                };
            }
        }

        if (word[0] == 'y')
        {
            word[0] = 'Y';
        }

        // Left to right, each decision seeing the earlier ones: "aiia" marks only the first i.
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (!IsVowel(word[i]))
            {
                continue;
            }

            if (word[i + 1] == 'i' && i + 2 < word.Length && IsVowel(word[i + 2]))
            {
                word[i + 1] = 'I';
            }
            else if (word[i + 1] == 'y')
            {
                word[i + 1] = 'Y';
            }
        }
    }

    // R1 starts after the first non-vowel that follows a vowel, but at 3 at the earliest; R2 is found
    // the same way from the unadjusted start of R1, as the Snowball program does.
    private static (int P1, int P2) MarkRegions(ReadOnlySpan<char> word)
    {
        var p1 = word.Length;
        var p2 = word.Length;
        if (word.Length < 3)
        {
            return (p1, p2);
        }

        var cursor = AfterVowelThenNonVowel(word, 0);
        if (cursor < 0)
        {
            return (p1, p2);
        }

        p1 = Math.Max(cursor, 3);
        cursor = AfterVowelThenNonVowel(word, cursor);
        if (cursor >= 0)
        {
            p2 = cursor;
        }

        return (p1, p2);
    }

    private static int AfterVowelThenNonVowel(ReadOnlySpan<char> word, int start)
    {
        var i = start;
        while (i < word.Length && !IsVowel(word[i]))
        {
            i++;
        }

        i++;
        while (i < word.Length && IsVowel(word[i]))
        {
            i++;
        }

        return i < word.Length ? i + 1 : -1;
    }

    private static int RemoveSuffixes(Span<char> word, int p1, int p2)
    {
        var length = word.Length;

        // Step 1: like Snowball's among, only the longest matching suffix is tried. Dispatching on
        // the last letter first keeps most words from being compared with any suffix at all.
        switch (word[length - 1])
        {
            case 'n' when EndsWith(word, length, "heden"):
                if (length - 5 >= p1)
                {
                    "heid".CopyTo(word[(length - 5)..]);
                    length--;
                }

                break;
            case 'n' when EndsWith(word, length, "en"):
                length = EnEnding(word, length, length - 2, p1);
                break;
            case 'e' when EndsWith(word, length, "ene"):
                length = EnEnding(word, length, length - 3, p1);
                break;
            case 'e' when EndsWith(word, length, "se"):
                length = SEnding(word, length, length - 2, p1);
                break;
            case 's':
                length = SEnding(word, length, length - 1, p1);
                break;
        }

        // Step 2: e.
        length = EEnding(word, length, p1, out var eFound);

        // Step 3a: heid, then en once more.
        if (EndsWith(word, length, "heid") && length - 4 >= p2 && !PrecededBy(word, length - 4, 'c'))
        {
            length -= 4;
            if (EndsWith(word, length, "en"))
            {
                length = EnEnding(word, length, length - 2, p1);
            }
        }

        // Step 3b: derivational suffixes, all in R2.
        switch (word[length - 1])
        {
            case 'k' when EndsWith(word, length, "lijk"):
                if (length - 4 >= p2)
                {
                    length = EEnding(word, length - 4, p1, out _);
                }

                break;
            case 'r' when EndsWith(word, length, "baar"):
                if (length - 4 >= p2)
                {
                    length -= 4;
                }

                break;
            case 'r' when EndsWith(word, length, "bar"):
                if (length - 3 >= p2 && eFound)
                {
                    length -= 3;
                }

                break;
            case 'd' when EndsWith(word, length, "end"):
            case 'g' when EndsWith(word, length, "ing"):
                if (length - 3 >= p2)
                {
                    length -= 3;
                    if (EndsWith(word, length, "ig") && length - 2 >= p2 && !PrecededBy(word, length - 2, 'e'))
                    {
                        length -= 2;
                    }
                    else
                    {
                        length = Undouble(word, length);
                    }
                }

                break;
            case 'g' when EndsWith(word, length, "ig"):
                if (length - 2 >= p2 && !PrecededBy(word, length - 2, 'e'))
                {
                    length -= 2;
                }

                break;
        }

        // Step 4: a doubled vowel between consonants at the end loses one of its letters (maan -> man).
        if (length >= 4)
        {
            var last = word[length - 1];
            var vowel = word[length - 2];
            if (!IsVowel(last) && last != 'I'
                && (vowel is 'a' or 'e' or 'o' or 'u') && word[length - 3] == vowel
                && !IsVowel(word[length - 4]))
            {
                word[length - 2] = last;
                length--;
            }
        }

        return length;
    }

    // Removes the suffix that starts at start when it is in R1, follows a non-vowel and that is not "gem".
    private static int EnEnding(Span<char> word, int length, int start, int p1)
    {
        if (start < p1 || start == 0 || IsVowel(word[start - 1]) || EndsWith(word, start, "gem"))
        {
            return length;
        }

        return Undouble(word, start);
    }

    // Removes the suffix that starts at start when it is in R1 and follows neither a vowel nor j.
    private static int SEnding(ReadOnlySpan<char> word, int length, int start, int p1)
    {
        if (start < p1 || start == 0 || IsVowel(word[start - 1]) || word[start - 1] == 'j')
        {
            return length;
        }

        return start;
    }

    private static int EEnding(Span<char> word, int length, int p1, out bool removed)
    {
        removed = false;
        if (length < 2 || word[length - 1] != 'e' || length - 1 < p1 || IsVowel(word[length - 2]))
        {
            return length;
        }

        removed = true;
        return Undouble(word, length - 1);
    }

    private static int Undouble(ReadOnlySpan<char> word, int length)
    {
        if (length >= 2 && word[length - 1] == word[length - 2] && (word[length - 1] is 'k' or 'd' or 't'))
        {
            return length - 1;
        }

        return length;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, int length, string suffix) => word[..length].EndsWith(suffix);

    private static bool PrecededBy(ReadOnlySpan<char> word, int start, char c) => start > 0 && word[start - 1] == c;

    private static void Postlude(Span<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == 'I')
            {
                word[i] = 'i';
            }
            else if (word[i] == 'Y')
            {
                word[i] = 'y';
            }
        }
    }
}
