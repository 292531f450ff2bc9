using System.Text;
using System.Text.RegularExpressions;

namespace Matching.Api.Privacy;

/// <summary>
/// Replaces the first names and surnames in a student's free text by <see cref="Marker"/>, for what a company sees.
/// Built to favour recall: a name that stays costs a student more than a word masked by mistake. A word is a name when
/// - a cue introduces it: "ik heet X", "mijn naam is X", "naam: X" (any word), "ik ben X", "groetjes X", "gr. X",
///   "mvg X", "X hier" (a known name, or a word that is no common word: "ik ben büşra", not "ik ben eerlijk");
/// - it is capitalised inside a sentence and a known name ("met Roos"), or no common word, place or other proper noun
///   ("met Xiomara"); a known name that is also a common word stays after an article or "als" ("als Kok");
/// - it starts a sentence, or is written in lower case, and is a known name that is no common word ("Samira hier",
///   "groetjes samira"); a capitalised common word at the start of a sentence never is;
/// - it follows a name, as a surname does, with or without particles ("Jan de Jong", "Samira El Amrani").
/// Places, streets, languages, countries and the organisations students name are never masked.
/// </summary>
internal sealed partial class NameMasker(NameLists lists)
{
    public const string Marker = "[naam]";

    private static readonly Lazy<NameMasker> Embedded = new(() => new NameMasker(NameLists.Shared));

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "el", "al", "la", "le", "da", "di", "dos", "du", "von", "bin", "ibn", "ben",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "als", "mijn", "je", "jouw", "onze", "ons", "deze", "die", "dat", "elke", "iedere", "geen", "zijn", "haar", "hun",
        "the", "a", "an", "my", "your", "our", "this", "wil", "word", "worden",
    };

    // After a strong cue any word is a name, except these.
    private static readonly HashSet<string> NotAfterCue = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "ook", "eigenlijk", "niet", "nog", "dus", "en", "of", "van", "is", "ik", "je", "jij", "me", "mij", "was", "wordt",
    };

    // Newcomers write in English: its common words are no names, though some are names in the list ("Can", "Cook", "An").
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "am", "a", "an", "the", "and", "or", "for", "to", "from", "in", "on", "at", "of", "my", "me", "is", "are", "was", "were", "have",
        "has", "had", "do", "did", "can", "could", "will", "would", "be", "been", "looking", "learning", "study", "studying", "speak",
        "speaking", "work", "working", "start", "travel", "placement", "internship", "job", "place", "level", "course", "year", "last",
        "next", "week", "every", "better", "getting", "fast", "motivated", "experience", "home", "country", "right", "away", "moved",
        "need", "with", "as", "it", "this", "that", "not", "no", "yes", "very", "good", "hard", "also", "but", "so", "if", "when", "where",
        "who", "what", "people", "team", "company", "help", "like", "love", "want", "learn", "cook", "driver", "nurse", "care", "kitchen",
        "warehouse", "shop", "store", "student", "school", "english", "dutch", "here", "there", "born", "live", "living", "new", "old",
        "friendly", "reliable", "always", "time", "by", "bike", "car", "train", "bus", "you", "your", "we", "our", "they",
        "their", "he", "she", "his", "her", "because", "about", "some", "any", "more", "less", "much", "many", "day", "days", "hours",
    };

    // "mevrouw Bakker", "meneer de Boer": a title before a capitalised word makes it a surname.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "juf", "juffrouw", "meester", "mr", "mrs", "ms", "miss", "dr", "ir", "ing",
    };

    public static NameMasker Default => Embedded.Value;

    /// <summary>The text with every name replaced by the marker; names next to each other become one marker.</summary>
    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var names = FindNames(text);
        if (names.Count == 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length) in names)
        {
            var gap = text.AsSpan(position, start - position);
            if (position > 0 && result.Length >= Marker.Length && IsSpaces(gap) && result.ToString(result.Length - Marker.Length, Marker.Length) == Marker)
            {
                position = start + length; // "Samira El Amrani": one marker
                continue;
            }
            result.Append(gap).Append(Marker);
            position = start + length;
        }
        return result.Append(text.AsSpan(position)).ToString();
    }

    /// <summary>The words of the text that are names, as (start, length), in order.</summary>
    public IReadOnlyList<(int Start, int Length)> FindNames(string text)
    {
        var tokens = Tokens(text);
        var masked = new bool[tokens.Count];
        var cued = new bool[tokens.Count];
        var protectedTokens = ProtectPhrases(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!protectedTokens[i])
            {
                masked[i] = IsName(text, tokens, i, masked, cued);
            }
        }
        // Particles between two names ("Jan de Jong") belong to the name.
        for (var i = 1; i < tokens.Count; i++)
        {
            if ((masked[i - 1] || Titles.Contains(tokens[i - 1].Text)) && !masked[i] && Particles.Contains(tokens[i].Text))
            {
                var k = i;
                while (k < tokens.Count && !masked[k] && Particles.Contains(tokens[k].Text) && IsSpaces(Gap(text, tokens, k)))
                {
                    k++;
                }
                if (k < tokens.Count && masked[k] && IsSpaces(Gap(text, tokens, k)))
                {
                    Array.Fill(masked, true, i, k - i);
                }
            }
        }
        var names = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (masked[i])
            {
                names.Add((tokens[i].Start, tokens[i].Text.Length));
            }
        }
        return names;
    }

    private bool IsName(string text, List<Token> tokens, int i, bool[] masked, bool[] cued)
    {
        var token = tokens[i].Text;
        if (token.Length < 2 || HasInnerCapital(token))
        {
            return false;
        }
        // "Proxmox-server", "Laravel-webshop": a thing. Hyphenated names have a capital in every part ("Anne-Marie").
        if (token.Contains('-') && token.Split('-').Any(part => part.Length > 0 && char.IsLower(part[0])) && char.IsUpper(token[0]))
        {
            return false;
        }
        var capitalised = char.IsUpper(token[0]) && HasLowerCase(token);
        var allCapitals = !HasLowerCase(token);
        // A surname after a first name or a title, with or without particles: "Mark Bakker", "Lieke de Vries",
        // "meneer Vos". Surnames are often places or words ("van Leeuwen", "de Boer"), so a capital is enough here.
        if (capitalised && AfterNameOrTitle(text, tokens, i, masked))
        {
            return true;
        }
        var cue = Cue(text, tokens, i);
        // What follows a name given after "mijn naam is" is its surname, in any case: "mijn naam is jan de vries".
        if (cue == CueStrength.None && Preceding(text, tokens, i) is var k and >= 0 && cued[k])
        {
            cue = CueStrength.Strong;
        }
        if (cue == CueStrength.Strong)
        {
            cued[i] = !NotAfterCue.Contains(token) && !EnglishWords.Contains(token);
            return cued[i];
        }
        var proper = capitalised ? token : char.ToUpperInvariant(token[0]) + token[1..];
        if (IsNotName(proper))
        {
            return false;
        }
        var english = !capitalised && EnglishWords.Contains(token);
        var known = !english && IsKnownName(proper);
        var word = english || IsWord(token);
        switch (cue)
        {
            case CueStrength.Weak:
                // "ik ben bram," is a name where "ik ben eerlijk" is not: a known name that closes the phrase; and a capital
                // inside a sentence ("Ik ben Max") is one.
                return !allCapitals && ((known && (!word || capitalised || EndsPhrase(text, tokens, i))) || (!word && !IsEnglishCue(tokens, i))
                    || (capitalised && !StartsSentence(text, tokens[i].Start)));
        }
        if (allCapitals)
        {
            return false;
        }
        // A lower-case surname after a first name: "samira amrani".
        if (i > 0 && masked[i - 1] && IsSpaces(Gap(text, tokens, i)) && !word)
        {
            return true;
        }
        if (capitalised && !StartsSentence(text, tokens[i].Start))
        {
            if (known)
            {
                return !(word && i > 0 && Determiners.Contains(tokens[i - 1].Text));
            }
            return !word && token.Length >= 3;
        }
        return known && !word;
    }

    private static bool EndsPhrase(string text, List<Token> tokens, int i)
    {
        var end = tokens[i].Start + tokens[i].Text.Length;
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.Length == 0 || rest[0] is ',' or '.' or '!' or '\n' or '\r' or ':' or ';' or ')';
    }

    private static bool IsEnglishCue(List<Token> tokens, int i) => i > 0 && tokens[i - 1].Text is "am" or "Am" or "i'm" or "I'm" or "im";

    private static bool AfterNameOrTitle(string text, List<Token> tokens, int i, bool[] masked) =>
        Preceding(text, tokens, i) is var k and >= 0 && (masked[k] || Titles.Contains(tokens[k].Text));

    // The token before this one, past particles, when only spaces lie between; -1 when there is none.
    private static int Preceding(string text, List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && Particles.Contains(tokens[k].Text) && IsSpaces(Gap(text, tokens, k + 1)))
        {
            k--;
        }
        return k >= 0 && IsSpaces(Gap(text, tokens, k + 1)) ? k : -1;
    }

    private CueStrength Cue(string text, List<Token> tokens, int i)
    {
        var gap = Gap(text, tokens, i);
        string Previous(int back) => i - back >= 0 ? tokens[i - back].Text.ToLowerInvariant() : "";
        var one = Previous(1);
        var two = Previous(2);
        var spaces = IsSpaces(gap);
        if ((spaces || gap.Trim() is ":" or "=") && (one == "heet" || one == "called" || (one == "is" && two is "naam" or "name") || (one == "naam" && gap.Contains(':')) || (one == "me" && two == "noemen")))
        {
            return CueStrength.Strong;
        }
        if (spaces && ((one == "ben" && two == "ik") || (one == "am" && two == "i") || one is "i'm" or "im"))
        {
            return CueStrength.Weak;
        }
        // Closings: "groetjes, Samira", "gr. samira", "mvg\nSamira", "met vriendelijke groet, Samira".
        if (one is "groetjes" or "groeten" or "groet" or "gr" or "grtjs" or "mvg" or "liefs" or "doei" or "greetings" or "regards"
            && !gap.ContainsAnyExcept(" \t\r\n,.!\u00A0") && gap.Count('\n') <= 1)
        {
            return CueStrength.Weak;
        }
        // "Merve is mijn naam".
        if (i + 3 < tokens.Count && tokens[i + 1].Text.Equals("is", StringComparison.OrdinalIgnoreCase)
            && tokens[i + 2].Text.Equals("mijn", StringComparison.OrdinalIgnoreCase) && tokens[i + 3].Text.Equals("naam", StringComparison.OrdinalIgnoreCase))
        {
            return CueStrength.Strong;
        }
        // "Samira hier", "hoi, Samira hier".
        if (i + 1 < tokens.Count && tokens[i + 1].Text.Equals("hier", StringComparison.OrdinalIgnoreCase) && IsSpaces(Gap(text, tokens, i + 1))
            && (i == 0 || StartsSentence(text, tokens[i].Start) || gap.Contains(',')))
        {
            return CueStrength.Weak;
        }
        return CueStrength.None;
    }

    private bool IsKnownName(string proper)
    {
        if (lists.Names.Contains(proper) || lists.Names.Contains(WithoutPossessive(proper)))
        {
            return true;
        }
        if (proper.Contains('-'))
        {
            var parts = proper.Split('-');
            return parts.All(p => p.Length > 1 && lists.Names.Contains(char.ToUpperInvariant(p[0]) + p[1..]));
        }
        return false;
    }

    private bool IsNotName(string proper)
    {
        if (lists.NotNames.Contains(proper) || lists.NotNames.Contains(WithoutPossessive(proper)))
        {
            return true;
        }
        foreach (var street in ContactDetailDetector.StreetWords)
        {
            if (proper.Length > street.Length + 2 && proper.EndsWith(street, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (proper.Contains('-'))
        {
            foreach (var part in proper.Split('-'))
            {
                if (part.Length > 1 && lists.NotNames.Contains(char.ToUpperInvariant(part[0]) + part[1..]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool IsWord(string token)
    {
        var lower = token.ToLowerInvariant();
        if (lists.Words.Contains(lower))
        {
            return true;
        }
        if (lower.Contains('-'))
        {
            return lower.Split('-').All(p => p.Length == 0 || lists.Words.Contains(p) || IsCompound(p));
        }
        return IsCompound(lower);
    }

    // A compound the list does not hold whole: "veiligheidsbewust", "heftruckcertificaat" (two words, perhaps with a
    // linking s, in a word of at least eight letters; shorter ones would split names: "must" + "afa").
    private bool IsCompound(string lower)
    {
        if (lower.Length < 8)
        {
            return false;
        }
        for (var split = 3; split <= lower.Length - 3; split++)
        {
            var head = lower[..split];
            if ((lists.Words.Contains(head) || (head[^1] == 's' && lists.Words.Contains(head[..^1]))) && lists.Words.Contains(lower[split..]))
            {
                return true;
            }
        }
        return false;
    }

    private string WithoutPossessive(string proper)
    {
        if (proper.EndsWith("'s", StringComparison.Ordinal) || proper.EndsWith("’s", StringComparison.Ordinal))
        {
            return proper[..^2];
        }
        // "Ahmeds", "Roos" (of Roo): an s after a name, when the list knows the name without it.
        return proper.Length > 3 && proper[^1] == 's' && lists.Names.Contains(proper[..^1]) ? proper[..^1] : proper;
    }

    private bool[] ProtectPhrases(List<Token> tokens)
    {
        var result = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!lists.Phrases.TryGetValue(tokens[i].Text, out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= tokens.Count && Enumerable.Range(0, phrase.Length).All(k => tokens[i + k].Text == phrase[k]))
                {
                    Array.Fill(result, true, i, phrase.Length);
                    break;
                }
            }
        }
        return result;
    }

    // A sentence starts at the beginning, after . ! ? : ; or a line break, and after a bullet at the start of a line.
    private static bool StartsSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return true;
            }
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '\'' or '(' or '‘' or '’')
            {
                continue;
            }
            if (c is '-' or '•' or '*' or '>' or '–')
            {
                return i == 0 || text[i - 1] is '\n' or '\r' || StartsSentence(text, i);
            }
            return c is '.' or '!' or '?' or ':' or ';';
        }
        return true;
    }

    private static ReadOnlySpan<char> Gap(string text, List<Token> tokens, int i) =>
        i == 0 ? text.AsSpan(0, tokens[0].Start) : text.AsSpan(tokens[i - 1].Start + tokens[i - 1].Text.Length, tokens[i].Start - tokens[i - 1].Start - tokens[i - 1].Text.Length);

    private static bool IsSpaces(ReadOnlySpan<char> gap) => gap.Length > 0 && !gap.ContainsAnyExcept(' ', '\u00A0', '\t');

    private static bool HasLowerCase(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    // "PostNL", "McDonald's", "iPhone": brands and acronyms, not names; a capital after a hyphen is ("Anne-Marie").
    private static bool HasInnerCapital(string token)
    {
        for (var i = 1; i < token.Length; i++)
        {
            if (char.IsUpper(token[i]) && token[i - 1] is not ('-' or '\'' or '’') && HasLowerCase(token))
            {
                return true;
            }
        }
        return false;
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in Word().Matches(text))
        {
            tokens.Add(new Token(match.Index, match.Value));
        }
        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")]
    private static partial Regex Word();

    private readonly record struct Token(int Start, string Text);

    private enum CueStrength
    {
        None,
        Weak,
        Strong,
    }
}
