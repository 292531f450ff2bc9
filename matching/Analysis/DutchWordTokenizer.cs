using System.Globalization;
using Lucene.Net.Analysis.Util;

namespace Matching.Engine.Analysis;

// Words as maximal runs of letters and digits, as Lucene's LetterTokenizer finds letters: everything else separates,
// so "mbo-verpleegkundige" gives "mbo" and "verpleegkundige", and "auto's" gives "auto" and a lone "s" that the
// length filter drops. Combining marks continue a word (DropCombiningMarksFilter removes them after). Letters are
// lower-cased here, as Lucene's LowerCaseTokenizer does, which saves a filter. A character class per character is far
// cheaper than Unicode's full word-break rules, and Dutch vacancy text needs no more.
internal sealed class DutchWordTokenizer(TextReader reader) : CharTokenizer(DutchTokenAnalyzer.Version, reader)
{
    protected override bool IsTokenChar(int c) => c < 128 ? char.IsAsciiLetterOrDigit((char)c) : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    protected override int Normalize(int c) => c < 128 ? (c is >= 'A' and <= 'Z' ? c + 32 : c) : J2N.Character.ToLower(c, CultureInfo.InvariantCulture);
}
