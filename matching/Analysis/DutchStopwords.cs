using System.Collections.Frozen;

namespace Matching.Engine.Analysis;

/// <summary>
/// The Snowball project's Dutch stopword list: the 101 most frequent Dutch function words, which
/// carry no meaning for matching and would only dilute BM25 scores.
/// </summary>
/// <remarks>The words are lower case without diacritics; look up folded tokens ("één" becomes "een").</remarks>
public static class DutchStopwords
{
    /// <summary>All the stopwords.</summary>
    public static FrozenSet<string> Words { get; } = new[]
    {
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was",
        "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat",
        "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit",
        "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want", "nog", "zal",
        "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer",
        "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier",
        "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds",
        "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Declared after Words: static initializers run in textual order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tells whether the lower-case, folded <paramref name="word"/> is a stopword.</summary>
    /// <param name="word">The word, compared ordinally.</param>
    /// <returns><see langword="true"/> for a stopword.</returns>
    public static bool IsStopword(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
