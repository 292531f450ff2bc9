using System.Text;
using Matching.Engine.Analysis;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

/// <summary>
/// A person's text as term clauses on an index: every wanted word by its stem, its compound parts and its synonyms
/// (see <see cref="DutchQueryParser"/>), in every field with the field's boost; a word the index does not know at
/// all by the closest term it does know (see <see cref="TermSuggester"/>), reported as a correction. Words the
/// text says are not wanted are not searched for; <see cref="Penalties"/> moves the documents that hold them down.
/// </summary>
/// <param name="Clauses">Should clauses, one per term and field.</param>
/// <param name="Corrections">The words that were replaced by a close term of the index.</param>
/// <param name="DidYouMean">The text with those words replaced; null without corrections.</param>
/// <param name="Unknown">Words that neither the index nor a close term of it holds.</param>
/// <param name="RuledOut">The terms of the words the text rules out (the word and its synonyms), for <see cref="Penalties"/>.</param>
public sealed record TextQuery(IReadOnlyList<TermClause> Clauses, IReadOnlyList<TermCorrection> Corrections, string? DidYouMean, IReadOnlyList<string> Unknown, IReadOnlyList<string> RuledOut)
{
    /// <summary>One penalty per term the text rules out, over <paramref name="fields"/>.</summary>
    /// <param name="fields">The fields that must not hold the term.</param>
    /// <param name="factor">The score factor of a document that holds it.</param>
    /// <returns>The penalties.</returns>
    public IEnumerable<TermPenalty> Penalties(IReadOnlyList<FieldBoost> fields, float factor) =>
        RuledOut.Select(term => new TermPenalty([.. fields.Select(field => field.Field)], term, factor));

    /// <summary>
    /// Whether the text asked for words and none of them can be searched: the search must find nothing (clauses of
    /// no terms would otherwise let every document through the filters).
    /// </summary>
    public bool FindsNothing => Clauses.Count == 0 && Unknown.Count > 0;

    /// <summary>A query of no words.</summary>
    public static TextQuery Empty { get; } = new([], [], null, [], []);

    /// <summary>Parses <paramref name="text"/> and makes its clauses for <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">The index the clauses are for, which also decides which words are unknown.</param>
    /// <param name="text">The text.</param>
    /// <param name="fields">The fields to search, with their boosts.</param>
    /// <param name="correctTypos">Whether unknown words are replaced by close terms.</param>
    /// <returns>The query.</returns>
    public static TextQuery Parse(IndexSnapshot snapshot, string? text, IReadOnlyList<FieldBoost> fields, bool correctTypos = true)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var fieldNames = fields.Select(f => f.Field).ToArray();
        var words = DutchQueryParser.Parse(text);
        var clauses = new List<TermClause>(ClauseCount(words, fields.Count));
        var corrections = new List<(QueryWord Word, TermCorrection Correction)>();
        var unknown = new List<string>();
        var ruledOut = new List<string>();
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.Negated)
            {
                ruledOut.AddRange(word.Terms.Where(term => term.Source is QueryTermSource.Word or QueryTermSource.Synonym).Select(term => term.Term));
                continue;
            }

            var terms = word.Terms;
            if (!Known(snapshot, fieldNames, terms[0].Term))
            {
                // No document holds the compound as one word: its parts are all the evidence there is, so together
                // they weigh as the word would (written apart, "kleding winkel" would weigh 1 for each word).
                terms = [.. terms.Select(term => term.Source == QueryTermSource.CompoundPart ? term with { Weight = Math.Min(1f, term.Weight / DutchQueryParser.PartWeight) } : term)];
            }

            if (!AnyKnown(snapshot, fieldNames, terms))
            {
                var suggestion = correctTypos ? TermSuggester.Suggest(snapshot, fieldNames, terms[0].Term) : null;
                if (suggestion is not { } found)
                {
                    unknown.Add(word.Written);
                    continue;
                }

                // As Lucene's fuzzy terms are boosted: the more edits for the length, the less the term counts.
                var weight = 1f - (float)found.Edits / Math.Min(found.Term.Length, terms[0].Term.Length);
                terms = [new QueryTerm(found.Term, Math.Max(0.5f, weight), QueryTermSource.Correction)];
                corrections.Add((word, new TermCorrection(word.Written, DutchAnalyzer.WrittenFormOf(found.Term), found.Term, found.Edits)));
            }

            for (var t = 0; t < terms.Count; t++)
            {
                for (var f = 0; f < fields.Count; f++)
                {
                    clauses.Add(new TermClause(fields[f].Field, terms[t].Term, fields[f].Boost * terms[t].Weight) { IsTerm = true, Written = word.Written });
                }
            }
        }

        return new TextQuery(clauses, [.. corrections.Select(c => c.Correction)], DidYouMeanOf(text, corrections), unknown, [.. ruledOut.Distinct()]);
    }

    // As many clauses as the words have terms in every field: what the clauses come to unless a word is unknown or negated.
    private static int ClauseCount(IReadOnlyList<QueryWord> words, int fieldCount)
    {
        var terms = 0;
        for (var w = 0; w < words.Count; w++)
        {
            terms += words[w].Terms.Count;
        }

        return terms * fieldCount;
    }

    private static bool Known(IndexSnapshot snapshot, string[] fields, string term)
    {
        foreach (var field in fields)
        {
            if (snapshot.ContainsTerm(field, term))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyKnown(IndexSnapshot snapshot, string[] fields, IReadOnlyList<QueryTerm> terms)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (Known(snapshot, fields, terms[t].Term))
            {
                return true;
            }
        }

        return false;
    }

    private static string? DidYouMeanOf(string text, List<(QueryWord Word, TermCorrection Correction)> corrections)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var (word, correction) in corrections)
        {
            result.Append(text, at, word.Start - at).Append(correction.UsedInstead);
            at = word.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
