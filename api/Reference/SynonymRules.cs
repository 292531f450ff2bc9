namespace Matching.Api.Reference;

/// <summary>
/// Reads a synonym list in Apache Solr's format: "a, b, c" (equivalent), "a => b, c" (one-way), '#' at the start
/// of a line for a comment. The typeahead uses the list the matching engine ships (matching/Analysis/Data/synonyms-nl.txt).
/// </summary>
internal static class SynonymRules
{
    // The engine embeds the list under this name (Matching.Engine.csproj); the engine owns the file.
    public const string ShippedResource = "Matching.Engine.Analysis.Data.synonyms-nl.txt";

    private static readonly Lazy<IReadOnlyList<SynonymRule>> _shipped = new(LoadShipped);

    public static IReadOnlyList<SynonymRule> Shipped => _shipped.Value;

    public static List<SynonymRule> Parse(string text)
    {
        var rules = new List<SynonymRule>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            // As in Solr's parser, only a '#' that starts the line makes a comment.
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var inputs = Phrases(arrow < 0 ? line : line[..arrow]);
            var outputs = arrow < 0 ? inputs : Phrases(line[(arrow + 2)..]);
            if (inputs.Count > 0 && outputs.Count > 0)
            {
                rules.Add(new SynonymRule(inputs, outputs));
            }
        }
        return rules;
    }

    private static List<string[]> Phrases(string list) =>
        [.. list.Split(',').Select(FoldedWords.Of).Where(words => words.Length > 0)];

    private static IReadOnlyList<SynonymRule> LoadShipped()
    {
        // A build of the engine without the list still serves the typeahead, by name, dossier and occupation words;
        // the typeahead tests fail then, as they look for abbreviations that only the list holds.
        using var stream = typeof(Engine.Search.SearchRequest).Assembly.GetManifestResourceStream(ShippedResource);
        if (stream is null)
        {
            return [];
        }
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
