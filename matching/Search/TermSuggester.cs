using Lucene.Net.Util.Automaton;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

/// <summary>
/// Finds, for a term that no document holds, the index's term a person most likely meant: within one edit
/// (an inserted, deleted, replaced or swapped letter) or, for longer terms, two, as Lucene's <c>FuzzyQuery</c>
/// finds them with a Levenshtein automaton; the fewest edits first, then the term most documents hold. As Lucene's
/// <c>DirectSpellChecker</c> by default, the first letter must be right and terms under 4 letters are not corrected:
/// "kelner" is not "gelder", and "boa" is not "bol".
/// </summary>
public static class TermSuggester
{
    /// <summary>The shortest term that is corrected.</summary>
    public const int MinLength = 4;

    /// <summary>The edits allowed for a term of this length: none under <see cref="MinLength"/>, 1 up to 7 letters, then 2.</summary>
    /// <param name="length">The term's length.</param>
    /// <returns>0, 1 or 2.</returns>
    public static int MaxEdits(int length) => length < MinLength ? 0 : length <= 7 ? 1 : 2;

    /// <summary>The closest term of <paramref name="fields"/> to <paramref name="term"/>, or null.</summary>
    /// <param name="snapshot">The index.</param>
    /// <param name="fields">Text fields to look in.</param>
    /// <param name="term">A term (a stem) that the fields do not hold.</param>
    /// <returns>The suggestion, or null when no term is close enough.</returns>
    public static TermSuggestion? Suggest(IndexSnapshot snapshot, IReadOnlyList<string> fields, string term)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(term);
        var fieldIndexes = fields.Select(snapshot.Schema.TextFieldIndex).ToArray();
        for (var edits = 1; edits <= MaxEdits(term.Length); edits++)
        {
            var automaton = new CharacterRunAutomaton(new LevenshteinAutomata(term, withTranspositions: true).ToAutomaton(edits));
            var docFreqs = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var view in snapshot.Segments)
            {
                foreach (var field in fieldIndexes)
                {
                    var postings = view.Segment.Text[field];
                    foreach (var (candidate, id) in postings.TermIds)
                    {
                        if (Math.Abs(candidate.Length - term.Length) > edits || candidate[0] != term[0] || candidate == term || !automaton.Run(candidate))
                        {
                            continue;
                        }

                        var docFreq = IndexSnapshot.LiveDocFreq(view, field, id);
                        docFreqs[candidate] = docFreqs.GetValueOrDefault(candidate) + docFreq;
                    }
                }
            }

            var best = docFreqs.Where(pair => pair.Value > 0)
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => (KeyValuePair<string, long>?)pair).FirstOrDefault();
            if (best is { } found)
            {
                return new TermSuggestion(found.Key, edits, found.Value);
            }
        }

        return null;
    }
}
