using System.Text;

namespace Matching.Api.Reference;

/// <summary>Text as the typeahead compares it: lower case, diacritics folded, split at anything but letters and digits.</summary>
internal static class FoldedWords
{
    public static string[] Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            // ReferenceDataSet's table covers Latin-1; another letter is kept as it is rather than splitting a word.
            var plain = ReferenceDataSet.Fold(c) ?? (char.IsLetterOrDigit(c) ? c.ToString() : " ");
            folded.Append(plain);
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
