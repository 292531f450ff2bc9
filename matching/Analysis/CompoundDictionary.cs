using Lucene.Net.Analysis.Util;

namespace Matching.Engine.Analysis;

// The words compounds are split into, each with the number of compounds found with it: real Dutch words that real
// compounds are made of, built from the OpenTaal word list, the MBO qualification names and the ESCO occupation names
// by scripts/build-compound-dictionary.py (see Data/README.md). Embedded, so the engine reads no files.
internal sealed class CompoundDictionary
{
    private static readonly Lazy<CompoundDictionary> _shared = new(Load);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _uses;

    private CompoundDictionary(CharArraySet parts, Dictionary<string, int> uses)
    {
        Parts = parts;
        _uses = uses.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CompoundDictionary Shared => _shared.Value;

    public CharArraySet Parts { get; }

    // How many compounds of the sources have this part; 0 for a word that is not a part.
    public int UsesOf(ReadOnlySpan<char> part) => _uses.TryGetValue(part, out var uses) ? uses : 0;

    private static CompoundDictionary Load()
    {
        using var stream = typeof(CompoundDictionary).Assembly.GetManifestResourceStream("Matching.Engine.Analysis.Data.compound-parts.txt")
            ?? throw new InvalidOperationException("The compound dictionary is not embedded.");
        using var reader = new StreamReader(stream);
        var parts = new CharArraySet(DutchTokenAnalyzer.Version, 32_768, ignoreCase: false);
        var uses = new Dictionary<string, int>(32_768, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var word = tab < 0 ? line : line[..tab];
            parts.Add(word);
            uses[word] = tab < 0 ? 1 : int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new CompoundDictionary(parts.AsReadOnly(), uses);
    }
}
