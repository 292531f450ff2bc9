namespace Matching.Engine.Analysis;

/// <summary>
/// Folds the Latin letters with diacritics of Latin-1 Supplement and Latin Extended-A to their plain
/// ASCII letters ("é" to "e", "ĳ" to "ij", "ß" to "ss"), keeping case, and drops combining diacritical
/// marks, so that decomposed text ("e" + U+0301) folds the same way as precomposed text.
/// </summary>
/// <remarks>
/// An explicit table, as Lucene's <c>ASCIIFoldingFilter</c> has, because the service runs with
/// invariant globalization, where <see cref="string.Normalize()"/> cannot decompose characters.
/// Characters outside these blocks pass unchanged.
/// </remarks>
public static class DiacriticFolder
{
    private const char First = '\u00C0';

    // One plain letter per character from U+00C0 to U+017F, sixteen per row. The ligatures and
    // letters that fold to two letters are handled before the table; '?' marks their places.
    // × and ÷ are symbols, never part of a token, and map to themselves.
    private const string Table =
        "AAAAAA?CEEEEIIII" + // U+00C0 ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ
        "DNOOOOO×OUUUUY??" + // U+00D0 ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
        "aaaaaa?ceeeeiiii" + // U+00E0 àáâãäåæçèéêëìíîï
        "dnooooo÷ouuuuy?y" + // U+00F0 ðñòóôõö÷øùúûüýþÿ
        "AaAaAaCcCcCcCcDd" + // U+0100 ĀāĂăĄąĆćĈĉĊċČčĎď
        "DdEeEeEeEeEeGgGg" + // U+0110 ĐđĒēĔĕĖėĘęĚěĜĝĞğ
        "GgGgHhHhIiIiIiIi" + // U+0120 ĠġĢģĤĥĦħĨĩĪīĬĭĮį
        "Ii??JjKkqLlLlLlL" + // U+0130 İıĲĳĴĵĶķĸĹĺĻļĽľĿ (ĸ to q, as Lucene folds it)
        "lLlNnNnNnnNnOoOo" + // U+0140 ŀŁłŃńŅņŇňŉŊŋŌōŎŏ (ŉ loses its apostrophe)
        "Oo??RrRrRrSsSsSs" + // U+0150 ŐőŒœŔŕŖŗŘřŚśŜŝŞş
        "SsTtTtTtUuUuUuUu" + // U+0160 ŠšŢţŤťŦŧŨũŪūŬŭŮů
        "UuUuWwYyYZzZzZzs";  // U+0170 ŰűŲųŴŵŶŷŸŹźŻżŽžſ

    /// <summary>Folds <paramref name="text"/> into a new string, or returns it when nothing folds.</summary>
    /// <param name="text">The text to fold.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsFolding(text))
        {
            return text;
        }

        var buffer = new char[text.Length * 2];
        var length = Fold(text, buffer);
        return new string(buffer, 0, length);
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The characters to fold.</param>
    /// <param name="destination">At least twice as long as <paramref name="source"/>: a letter can fold to two.</param>
    /// <returns>The number of characters written.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length * 2)
        {
            throw new ArgumentException("The destination must be at least twice as long as the source.", nameof(destination));
        }

        var written = 0;
        foreach (var c in source)
        {
            if (c < First)
            {
                destination[written++] = c;
                continue;
            }

            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            var pair = c switch
            {
                'Æ' => "AE",
                'æ' => "ae",
                'Þ' => "TH",
                'þ' => "th",
                'ß' => "ss",
                'Ĳ' => "IJ",
                'ĳ' => "ij",
                'Œ' => "OE",
                'œ' => "oe",
                _ => null,
            };
            if (pair is not null)
            {
                destination[written++] = pair[0];
                destination[written++] = pair[1];
            }
            else
            {
                destination[written++] = c - First < Table.Length ? Table[c - First] : c;
            }
        }

        return written;
    }

    private static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= First and <= '\u017F' or >= '\u0300' and <= '\u036F')
            {
                return true;
            }
        }

        return false;
    }
}
