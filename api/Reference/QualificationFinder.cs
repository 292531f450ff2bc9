using System.Globalization;

namespace Matching.Api.Reference;

/// <summary>
/// Typeahead over the qualification list, in memory: every query word must start a word of the qualification
/// (case and diacritics ignored), or the query is the start of a crebo. A qualification's words are those of its
/// name, its dossier, synonyms and abbreviations (the engine's synonym list and the initials of the name), the
/// ESCO occupations named like it, and SBB's groups. Current qualifications come first, then those whose words
/// matched in a stronger source (<see cref="QualificationTermSource"/>), then by name.
/// </summary>
internal sealed class QualificationFinder
{
    private static readonly int SourceCount = Enum.GetValues<QualificationTermSource>().Length;

    // Words that initials skip, as schools do: "Helpende Zorg en Welzijn" is HZW.
    private static readonly HashSet<string> Fillers = ["en", "of", "van", "de", "het", "der", "voor", "in", "op", "met", "bij"];

    private readonly (Qualification Qualification, string Crebo, string[][] Words)[] _entries;

    public QualificationFinder(ReferenceDataSet reference)
        : this(reference, SynonymRules.Shipped)
    {
    }

    internal QualificationFinder(ReferenceDataSet reference, IReadOnlyList<SynonymRule> synonyms) =>
        _entries = [.. reference.Qualifications
            .OrderByDescending(q => q.Current).ThenBy(q => q.Name, StringComparer.Ordinal).ThenBy(q => q.Crebo)
            .Select(q => (q, q.Crebo.ToString(CultureInfo.InvariantCulture), WordsBySource(q, reference.SearchTermsOf(q.Crebo), synonyms)))];

    public (IReadOnlyList<Qualification> Items, int Total) Find(QualificationQuery query)
    {
        var words = FoldedWords.Of(query.Q ?? "");
        var creboPrefix = query.Q?.Trim() is { Length: > 0 } q && q.All(char.IsAsciiDigit) ? q : null;
        var matches = new List<(Qualification Qualification, int Weakest, int Sum)>();
        foreach (var (qualification, crebo, sources) in _entries)
        {
            if ((query.Level is not null && qualification.Level != query.Level)
                || (query.Sector is not null && qualification.SectorCode != query.Sector)
                || (query.LearningPath is not null && !qualification.LearningPaths.Contains(query.LearningPath))
                || (query.Current is not null && qualification.Current != query.Current))
            {
                continue;
            }
            if (creboPrefix is not null)
            {
                if (crebo.StartsWith(creboPrefix, StringComparison.Ordinal))
                {
                    matches.Add((qualification, 0, 0));
                }
                continue;
            }
            if (Rank(words, sources) is { } rank)
            {
                matches.Add((qualification, rank.Weakest, rank.Sum));
            }
        }
        // The entries are in (current, name, crebo) order and OrderBy is stable, so ties keep that order.
        var ranked = matches.OrderByDescending(m => m.Qualification.Current).ThenBy(m => m.Weakest).ThenBy(m => m.Sum);
        return ([.. ranked.Skip(query.Skip).Take(query.Take).Select(m => m.Qualification)], matches.Count);
    }

    // Each query word counts at the strongest source where it starts a word; the weakest of those ranks first.
    private static (int Weakest, int Sum)? Rank(string[] queryWords, string[][] sources)
    {
        var (weakest, sum) = (0, 0);
        foreach (var word in queryWords)
        {
            var source = Array.FindIndex(sources, words => words.Any(w => w.StartsWith(word, StringComparison.Ordinal)));
            if (source < 0)
            {
                return null;
            }
            (weakest, sum) = (Math.Max(weakest, source), sum + source);
        }
        return (weakest, sum);
    }

    private static string[][] WordsBySource(Qualification qualification, QualificationSearchTerms terms, IReadOnlyList<SynonymRule> synonyms)
    {
        var name = FoldedWords.Of(qualification.Name);
        var dossier = FoldedWords.Of(qualification.Dossier);
        var synonymWords = new List<string>(terms.OccupationWords);
        foreach (var rule in synonyms)
        {
            // The list maps query words to text words: a qualification that has an output phrase is found by the inputs.
            if (rule.Outputs.Any(phrase => Contains(name, phrase) || Contains(dossier, phrase)))
            {
                synonymWords.AddRange(rule.Inputs.SelectMany(phrase => phrase));
            }
        }
        synonymWords.AddRange(Initials(qualification.Name));
        synonymWords.AddRange(Initials(qualification.Dossier));

        var sources = new string[SourceCount][];
        sources[(int)QualificationTermSource.Name] = name;
        sources[(int)QualificationTermSource.Dossier] = dossier;
        sources[(int)QualificationTermSource.Synonym] = [.. synonymWords];
        sources[(int)QualificationTermSource.Group] = [.. FoldedWords.Of(terms.SubGroup), .. FoldedWords.Of(terms.MainGroup)];
        // A word counts at its strongest source only, which also keeps the weaker lists short.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = [.. sources[i].Where(seen.Add)];
        }
        return sources;
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }
        return false;
    }

    // Schools abbreviate a qualification by its initials, keeping an abbreviation in it whole: "Pedagogisch medewerker
    // kinderopvang" is PMK, "verzorgende-IG" VIG, "Sociaal Pedagogisch Werker 3 (SPW 3)" SPW. Only three letters or
    // more: two-letter ones (PM, MZ) are too ambiguous to derive, the synonym list holds those it knows.
    private static IEnumerable<string> Initials(string name)
    {
        var parenthesis = name.IndexOf('(');
        var parts = (parenthesis >= 0 ? name[..parenthesis] : name)
            .Split([' ', '-', '/', ',', '.', '&', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.All(char.IsAsciiDigit) && !Fillers.Contains(part.ToLowerInvariant()))
            .ToList();
        if (parts.Count < 2)
        {
            yield break;
        }
        var initials = string.Concat(parts.Select(part =>
            part.Length >= 2 && part.All(char.IsUpper) ? part.ToLowerInvariant() : FoldedWords.Of(part) is [var word, ..] ? word[..1] : ""));
        if (initials.Length >= 3)
        {
            yield return initials;
        }
    }
}
