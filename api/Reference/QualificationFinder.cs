using System.Globalization;
using System.Text;

namespace Matching.Api.Reference;

/// <summary>
/// Typeahead over the qualification list, in memory: every query word must start a word of the
/// name (case and diacritics ignored), or the query is the start of a crebo. Current
/// qualifications come first, then by name.
/// </summary>
internal sealed class QualificationFinder
{
    private readonly (Qualification Qualification, string[] Words, string Crebo)[] _entries;

    public QualificationFinder(ReferenceDataSet reference) =>
        _entries = [.. reference.Qualifications
            .OrderByDescending(q => q.Current).ThenBy(q => q.Name, StringComparer.Ordinal).ThenBy(q => q.Crebo)
            .Select(q => (q, Words(q.Name), q.Crebo.ToString(CultureInfo.InvariantCulture)))];

    public (IReadOnlyList<Qualification> Items, int Total) Find(QualificationQuery query)
    {
        var words = Words(query.Q ?? "");
        var creboPrefix = query.Q?.Trim() is { Length: > 0 } q && q.All(char.IsAsciiDigit) ? q : null;
        var matches = _entries.Where(e =>
                (creboPrefix is not null ? e.Crebo.StartsWith(creboPrefix, StringComparison.Ordinal) : words.All(w => e.Words.Any(n => n.StartsWith(w, StringComparison.Ordinal))))
                && (query.Level is null || e.Qualification.Level == query.Level)
                && (query.Sector is null || e.Qualification.SectorCode == query.Sector)
                && (query.LearningPath is null || e.Qualification.LearningPaths.Contains(query.LearningPath))
                && (query.Current is null || e.Qualification.Current == query.Current))
            .Select(e => e.Qualification)
            .ToList();
        return ([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count);
    }

    private static string[] Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(char.IsLetterOrDigit(c) ? Fold(c) : ' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // The names use few accented letters; InvariantGlobalization rules out Normalize-based folding.
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        _ => c,
    };
}
