using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Matching.Api.Reference;

/// <summary>
/// The current qualification that takes over from an expired one, where SBB's list makes that unambiguous. SBB's
/// list has no successor column, but it files every qualification, old or current, under a dossier; within a
/// dossier and level the current qualifications are the successors. The successor is known when, among those,
/// only one name remains after taking the newest crebo of each name (SBB renumbers a revised qualification and
/// keeps its name: Logistiek teamleider is 25372 and 25775), or when one of those names is the expired one's own.
/// Otherwise (several trades in the dossier at that level, or none) there is no successor. A current qualification
/// that SBB has renumbered since (an older crebo of a name that has a newer one in its dossier and level) has that
/// newer crebo as its revision.
/// </summary>
internal sealed class QualificationSuccessors
{
    private readonly FrozenDictionary<int, Qualification> _successors;
    private readonly FrozenDictionary<int, Qualification> _revisions;

    public QualificationSuccessors(ReferenceDataSet reference)
    {
        // The newest crebo of each current name, per dossier and level.
        var newestByName = reference.Qualifications
            .Where(q => q.Current)
            .GroupBy(q => (q.Dossier, q.Level, Name: NameKey(q.Name)))
            .Select(versions => versions.MaxBy(q => q.Crebo)!)
            .ToLookup(q => (q.Dossier, q.Level));

        var successors = new Dictionary<int, Qualification>();
        foreach (var expired in reference.Qualifications.Where(q => !q.Current))
        {
            var candidates = newestByName[(expired.Dossier, expired.Level)].ToList();
            var successor = candidates.Count == 1
                ? candidates[0]
                : candidates.SingleOrDefault(q => NameKey(q.Name) == NameKey(expired.Name));
            if (successor is not null)
            {
                successors[expired.Crebo] = successor;
            }
        }
        _successors = successors.ToFrozenDictionary();

        // The older crebos of each current name, per dossier and level, to the newest.
        _revisions = reference.Qualifications
            .Where(q => q.Current)
            .GroupBy(q => (q.Dossier, q.Level, Name: NameKey(q.Name)))
            .Select(versions => (Versions: versions, Newest: versions.MaxBy(q => q.Crebo)!))
            .SelectMany(name => name.Versions.Where(q => q.Crebo != name.Newest.Crebo).Select(older => KeyValuePair.Create(older.Crebo, name.Newest)))
            .ToFrozenDictionary();
    }

    /// <summary>How many expired qualifications have a successor.</summary>
    public int Count => _successors.Count;

    public bool TryGetSuccessor(int crebo, [MaybeNullWhen(false)] out Qualification successor) => _successors.TryGetValue(crebo, out successor);

    /// <summary>The newest crebo of a current qualification's name, dossier and level, when the crebo is an older one of them.</summary>
    public bool TryGetRevision(int crebo, [MaybeNullWhen(false)] out Qualification revision) => _revisions.TryGetValue(crebo, out revision);

    /// <summary>What a student on this crebo would be registered on today: the successor of an expired crebo, or the revision of a current one.</summary>
    public bool TryGetNewer(int crebo, [MaybeNullWhen(false)] out Qualification newer) =>
        _successors.TryGetValue(crebo, out newer) || _revisions.TryGetValue(crebo, out newer);

    private static string NameKey(string name) => string.Join(' ', FoldedWords.Of(name));
}
