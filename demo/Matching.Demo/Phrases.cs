namespace Matching.Demo;

// Phrase pools may tag an entry with "@key,key:" to limit it to some company kinds or roles (home care
// visits clients by bike, a nursing home does not); untagged entries fit everywhere.
internal static class Phrases
{
    public static bool Fits(string phrase, string kind, string role)
    {
        if (phrase.Length == 0 || phrase[0] != '@')
        {
            return true;
        }
        var tags = phrase.AsSpan(1, phrase.IndexOf(':') - 1);
        foreach (var range in tags.Split(','))
        {
            var tag = tags[range];
            if (tag.SequenceEqual(kind) || tag.SequenceEqual(role))
            {
                return true;
            }
        }
        return false;
    }

    public static string Text(string phrase) => phrase.Length > 0 && phrase[0] == '@' ? phrase[(phrase.IndexOf(':') + 1)..] : phrase;

    // Picks up to count distinct fitting phrases, in random order, into picked (cleared first).
    public static void PickSeveral(DemoRandom random, string[] pool, string kind, string role, int count, List<string> picked)
    {
        picked.Clear();
        Span<int> order = stackalloc int[pool.Length];
        random.PickDistinct(order, pool.Length, pool.Length);
        foreach (var index in order)
        {
            if (picked.Count == count)
            {
                break;
            }
            if (Fits(pool[index], kind, role))
            {
                picked.Add(Text(pool[index]));
            }
        }
    }

    public static string? PickOne(DemoRandom random, string[] pool, string kind, string role)
    {
        var fitting = 0;
        foreach (var phrase in pool)
        {
            fitting += Fits(phrase, kind, role) ? 1 : 0;
        }
        if (fitting == 0)
        {
            return null;
        }
        var pick = random.Next(fitting);
        foreach (var phrase in pool)
        {
            if (Fits(phrase, kind, role) && pick-- == 0)
            {
                return Text(phrase);
            }
        }
        return null;
    }
}
