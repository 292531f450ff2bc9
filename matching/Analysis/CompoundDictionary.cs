using Lucene.Net.Analysis.Util;

namespace Matching.Engine.Analysis;

// The words compounds are split into: real Dutch words that real compounds are made of, built from the OpenTaal
// word list, the MBO qualification names and the ESCO occupation names by scripts/build-compound-dictionary.py
// (see Data/README.md). Embedded, so the engine reads no files.
internal static class CompoundDictionary
{
    private static readonly Lazy<CharArraySet> _parts = new(Load);

    public static CharArraySet Parts => _parts.Value;

    private static CharArraySet Load()
    {
        using var stream = typeof(CompoundDictionary).Assembly.GetManifestResourceStream("Matching.Engine.Analysis.Data.compound-parts.txt")
            ?? throw new InvalidOperationException("The compound dictionary is not embedded.");
        using var reader = new StreamReader(stream);
        var parts = new CharArraySet(DutchTokenAnalyzer.Version, 32_768, ignoreCase: false);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                parts.Add(line);
            }
        }

        return parts.AsReadOnly();
    }
}
