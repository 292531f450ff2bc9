namespace Matching.Engine.Tests.Analysis;

internal static class SnowballDutchVocabulary
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> _stems = new(Load);

    // The reference stem of every word in voc.txt, as the Snowball project publishes it.
    public static IReadOnlyDictionary<string, string> Stems => _stems.Value;

    public static string[] ReadLines(string fileName) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "snowball-dutch", fileName));

    public static string StemOf(string word) =>
        Stems.TryGetValue(word, out var stem) ? stem : throw new KeyNotFoundException($"'{word}' is not in voc.txt.");

    private static IReadOnlyDictionary<string, string> Load()
    {
        var words = ReadLines("voc.txt");
        var stems = ReadLines("output-dutch-porter.txt");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            map[words[i]] = stems[i];
        }

        return map;
    }
}
