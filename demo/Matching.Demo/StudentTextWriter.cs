using System.Text;

namespace Matching.Demo;

// Writes a student's free text as students write them in a school portal: first person, informal, often
// in lower case, sometimes one line and sometimes a small story about a side job, a certificate and what
// they like. The facts in it (path, level, place, distance, start) agree with the student's record.
internal sealed class StudentTextWriter(TextComposer composer)
{
    public const int MaxFreeText = 2000;

    private const int Interest = 0;
    private const int Motivation = 1;
    private const int Certificate = 2;
    private const int Driving = 3;
    private const int Language = 4;
    private const int Practical = 5;
    private const int SecondPractical = 6;
    private const int Topics = 7;

    private readonly StringBuilder _text = new(1024);
    private readonly List<string> _fragments = new(12);
    private readonly List<string> _picked = new(4);
    private readonly int[] _topics = new int[Topics];

    public string Write(StudentDraft draft)
    {
        var random = composer.Random;
        var role = draft.Role.Role;
        SetSlots(draft);

        _fragments.Clear();
        if (!draft.Languages.Contains("nl"))
        {
            return WriteEnglish(random);
        }
        var length = random.NextDouble();
        var (experiences, traits, extras) = length switch
        {
            < 0.22 => (0, 0, 1),
            < 0.75 => (1, 1, 2),
            _ => (2, 2, 4),
        };
        if (random.Chance(0.8))
        {
            Phrases.PickSeveral(random, role.StudentExperience, "", role.Key, experiences, _picked);
            _fragments.AddRange(_picked);
        }
        Phrases.PickSeveral(random, role.StudentTraits, "", role.Key, traits, _picked);
        _fragments.AddRange(_picked);
        if (traits > 0 && random.Chance(0.5))
        {
            _fragments.Add(random.Pick(CommonPhrases.StudentTraits));
        }

        // Each topic at most once, so that nobody has a driving licence and none in the same breath.
        random.PickDistinct(_topics, Topics, Topics);
        foreach (var topic in _topics)
        {
            if (extras == 0)
            {
                break;
            }
            if (Extra(draft, topic, random) is { } extra)
            {
                _fragments.Add(extra);
                extras--;
            }
        }
        Shuffle(random);
        _fragments.Insert(0, random.Pick(draft.Bbl ? CommonPhrases.StudentOpenersBbl : CommonPhrases.StudentOpenersBol));
        var closing = length >= 0.75 && random.Chance(0.6) ? random.Pick(CommonPhrases.StudentClosings) : null;
        return Render(closing, " en ", random);
    }

    private void SetSlots(StudentDraft draft)
    {
        var slots = composer.Slots;
        var random = composer.Random;
        var branch = draft.Branch.Branch;
        slots.Place = DemoGeography.PlaceName(draft.Postcode);
        slots.Area = DemoGeography.AreaName(draft.Postcode);
        slots.AreaWithArticle = DemoGeography.AreaWithArticle(draft.Postcode);
        slots.AreaLocative = DemoGeography.AreaLocative(draft.Postcode);
        slots.Role = draft.Name.Display;
        slots.Qualification = draft.Name.Display;
        slots.Level = draft.Name.Level;
        slots.Path = draft.Bbl ? "bbl" : "bol";
        slots.Hours = draft.Hours;
        slots.Distance = draft.MaxDistanceKm;
        slots.Start = DutchFormat.Date(draft.AvailableFrom);
        slots.Month = DutchFormat.Month(draft.AvailableFrom);
        slots.Domain = Phrases.PickOne(random, branch.StudentDomains, "", draft.Role.Role.Key) ?? branch.StudentDomains[0];

        // "per direct" only for students who are available within two weeks; the others name their start.
        var soon = draft.AvailableFrom <= draft.Today.AddDays(14);
        slots.When = composer.Expand(random.Pick(soon ? CommonPhrases.StudentSoon : CommonPhrases.StudentLater));
        slots.WhenEnglish = soon ? "right away" : $"from {EnglishDate(draft.AvailableFrom)}";

        var others = new StringBuilder();
        slots.HomeLanguage = "";
        foreach (var language in draft.Languages)
        {
            if (language != "nl")
            {
                others.Append(others.Length == 0 ? "" : " en ").Append(DutchFormat.Language(language));
            }
            if (language is not ("nl" or "en"))
            {
                slots.HomeLanguage = DutchFormat.Language(language);
            }
        }
        slots.Languages = others.ToString();
    }

    private string? Extra(StudentDraft draft, int topic, DemoRandom random)
    {
        var role = draft.Role.Role;
        switch (topic)
        {
            case Interest:
                return role.StudentInterests.Length > 0 ? random.Pick(role.StudentInterests) : null;
            case Motivation:
                return Phrases.PickOne(random, draft.Branch.Branch.StudentMotivation, "", role.Key);
            case Certificate:
                // Driving licences are the driving topic's business.
                var certificate = role.Certificates.Length > 0 ? random.Pick(role.Certificates) : null;
                if (certificate is null || certificate.StartsWith("rijbewijs", StringComparison.Ordinal))
                {
                    return null;
                }
                composer.Slots.Certificate = certificate;
                return random.Pick(CommonPhrases.StudentCertificates);
            case Driving:
                // Some side-job stories mention a licence already; a second, different claim would contradict it.
                return _fragments.Exists(f => f.Contains("rijbewijs", StringComparison.Ordinal)) ? null : random.Pick(CommonPhrases.StudentDriving);
            case Language:
                if (composer.Slots.HomeLanguage.Length > 0 && random.Chance(0.4))
                {
                    return random.Pick(CommonPhrases.StudentHomeLanguage);
                }
                return composer.Slots.Languages.Length > 0 ? random.Pick(CommonPhrases.StudentLanguages) : null;
            default:
                var practical = random.Pick(CommonPhrases.StudentPractical);
                return _fragments.Contains(practical) ? null : practical;
        }
    }

    private string WriteEnglish(DemoRandom random)
    {
        _fragments.Add(random.Pick(CommonPhrases.StudentEnglishOpeners));
        Phrases.PickSeveral(random, CommonPhrases.StudentEnglishLines, "", "", random.Next(1, 3), _picked);
        _fragments.AddRange(_picked);
        return Render(null, " and ", random);
    }

    private static string EnglishDate(DateOnly date) =>
        date.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture);

    private void Shuffle(DemoRandom random)
    {
        for (var i = _fragments.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (_fragments[i], _fragments[j]) = (_fragments[j], _fragments[i]);
        }
    }

    // Some students write neat sentences, many write everything in lower case and run their thoughts together.
    private string Render(string? closing, string and, DemoRandom random)
    {
        var lowercase = random.Chance(0.4);
        var runOn = random.Chance(0.3);
        _text.Clear();
        for (var i = 0; i < _fragments.Count; i++)
        {
            var startsSentence = true;
            if (i > 0)
            {
                var joint = runOn ? random.Next(4) : random.Next(8);
                (var separator, startsSentence) = joint switch
                {
                    0 => (", ", false),
                    1 => (and, false),
                    2 => ("\n", true),
                    _ => (". ", true),
                };
                _text.Append(separator);
            }
            var start = _text.Length;
            composer.Append(_text, _fragments[i]);
            if (startsSentence && !lowercase)
            {
                TextComposer.Capitalize(_text, start);
            }
        }
        if (random.Chance(0.6) && _text.Length > 0 && char.IsLetterOrDigit(_text[^1]))
        {
            _text.Append(random.Chance(0.85) ? '.' : '!');
        }
        if (closing is not null)
        {
            // A closing after a sentence without a full stop goes on its own line, or it would run into the last word.
            var ended = _text.Length > 0 && _text[^1] is '.' or '!';
            _text.Append(!ended || random.Chance(0.6) ? "\n" : " ");
            var start = _text.Length;
            _text.Append(closing);
            if (!lowercase)
            {
                TextComposer.Capitalize(_text, start);
            }
        }

        var text = _text.ToString();
        if (lowercase)
        {
            text = text.ToLowerInvariant();
        }
        return text.Length <= MaxFreeText ? text : text[..MaxFreeText];
    }
}
