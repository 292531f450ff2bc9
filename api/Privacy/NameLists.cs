using System.IO.Compression;
using System.Reflection;

namespace Matching.Api.Privacy;

/// <summary>
/// The word lists <see cref="NameMasker"/> reads text with, embedded from Privacy/Data (built by
/// scripts/build-name-list.py from the OpenTaal word list and the shared place data; its README has sources and licences).
/// </summary>
internal sealed class NameLists
{
    private static readonly Lazy<NameLists> Embedded = new(Load);

    private NameLists(HashSet<string> names, HashSet<string> notNames, Dictionary<string, string[][]> phrases, HashSet<string> words)
    {
        Names = names;
        NotNames = notNames;
        Phrases = phrases;
        Words = words;
    }

    /// <summary>The lists, loaded once per process on first use (about 360,000 words).</summary>
    public static NameLists Shared => Embedded.Value;

    /// <summary>Person names, capitalised ("Samira", "Jansen").</summary>
    public HashSet<string> Names { get; }

    /// <summary>Capitalised words that are not person names: places, streets, languages, organisations.</summary>
    public HashSet<string> NotNames { get; }

    /// <summary>Proper names of several words ("Albert Heijn", "Capelle aan den IJssel"), by their first word.</summary>
    public Dictionary<string, string[][]> Phrases { get; }

    /// <summary>The lower-case words of the OpenTaal list: common words.</summary>
    public HashSet<string> Words { get; }

    private static NameLists Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines("names-nl.txt", compressed: false))
        {
            names.Add(line);
        }
        var notNames = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in Lines("not-names-nl.txt", compressed: false))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                notNames.Add(line);
            }
            else
            {
                if (!phrases.TryGetValue(parts[0], out var list))
                {
                    phrases[parts[0]] = list = [];
                }
                list.Add(parts);
            }
        }
        var words = new HashSet<string>(400_000, StringComparer.Ordinal);
        foreach (var line in Lines("words-nl.txt.gz", compressed: true))
        {
            words.Add(line);
        }
        // The longest phrase first, so that "Capelle aan den IJssel" wins over "Capelle".
        return new NameLists(names, notNames, phrases.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Length).ToArray(), StringComparer.Ordinal), words);
    }

    private static IEnumerable<string> Lines(string file, bool compressed)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("Privacy." + file)
            ?? throw new InvalidOperationException($"The embedded word list {file} is missing.");
        using var stream = compressed ? new GZipStream(resource, CompressionMode.Decompress) : resource;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
