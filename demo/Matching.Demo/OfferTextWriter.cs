using System.Text;

namespace Matching.Demo;

// Writes an offer's title, description and requirements the way leerbedrijven write them: an introduction
// of the company, the work, what the student gets, and the conditions, in one of a few layouts. Every part
// comes from a pool of templates for the branch, the kind of company and the role.
internal sealed class OfferTextWriter(TextComposer composer)
{
    public const int MaxTitle = 120;
    public const int MaxDescription = 4000;
    public const int MaxRequirements = 2000;

    // Words that keep their capital mid-sentence.
    private static readonly string[] KeptCapitals = ["Engels", "Nederlands", "Excel", "Portbase", "Microsoft", "Linux", "Cisco"];

    private readonly StringBuilder _text = new(4096);
    private readonly List<string> _picked = new(8);
    private readonly List<string> _items = new(12);

    public OfferText Write(OfferDraft draft)
    {
        SetSlots(draft);
        return new OfferText(Title(draft), Description(draft), Requirements(draft));
    }

    private void SetSlots(OfferDraft draft)
    {
        var slots = composer.Slots;
        var branch = draft.Company.Branch.Branch;
        slots.Company = draft.Company.ShortName;
        slots.Headcount = draft.Company.Headcount;
        slots.Founded = draft.Company.Founded;
        slots.Place = DemoGeography.PlaceName(draft.Postcode);
        slots.Area = DemoGeography.AreaName(draft.Postcode);
        slots.AreaWithArticle = DemoGeography.AreaWithArticle(draft.Postcode);
        slots.AreaLocative = DemoGeography.AreaLocative(draft.Postcode);
        slots.Region = draft.Company.Region;
        slots.Role = draft.Name.Display;
        slots.Qualification = draft.Name.Name;
        slots.Level = draft.Name.Level;
        slots.Levels = draft.LevelMin == draft.LevelMax ? $"{draft.LevelMin}" : $"{draft.LevelMin} of {draft.LevelMax}";
        slots.Path = draft.Bbl ? "BBL" : "BOL";
        slots.Hours = draft.Hours;
        slots.Allowance = draft.Allowance is { } euros ? DutchFormat.Euros(euros) : "";
        slots.Start = DutchFormat.Date(draft.StartDate);
        slots.End = DutchFormat.Date(draft.EndDate);
        slots.Month = DutchFormat.Month(draft.StartDate);
        slots.Cao = Phrases.PickOne(composer.Random, branch.Cao, draft.Company.Kind.Kind.Key, draft.Role.Role.Key) ?? "de geldende cao";
        slots.Domain = Phrases.PickOne(composer.Random, branch.StudentDomains, draft.Company.Kind.Kind.Key, draft.Role.Role.Key) ?? "";

        // Half the titles name a specialisation ("magazijn", "psychogeriatrie"), as vacancies often do.
        var specialisation = composer.Random.Chance(0.5)
            ? Phrases.PickOne(composer.Random, draft.Role.Role.Specialisations, draft.Company.Kind.Kind.Key, draft.Role.Role.Key)
            : null;
        slots.Function = specialisation is null ? draft.Name.Display : $"{draft.Name.Display} {composer.Expand(specialisation)}";
    }

    private string Title(OfferDraft draft)
    {
        _text.Clear();
        composer.Append(_text, composer.Random.Pick(draft.Bbl ? CommonPhrases.TitlesBbl : CommonPhrases.TitlesBol));
        TextComposer.Capitalize(_text, 0);
        if (_text.Length > MaxTitle)
        {
            // Long qualification names with a specialisation and a company name can overflow: drop the specialisation.
            _text.Clear();
            composer.Slots.Function = draft.Name.Display;
            composer.Append(_text, draft.Bbl ? "Leerling {functie} (BBL)" : "Stagiair {functie} (BOL)");
            TextComposer.Capitalize(_text, 0);
        }
        return Limit(_text, MaxTitle);
    }

    private string Description(OfferDraft draft)
    {
        var random = composer.Random;
        var kind = draft.Company.Kind.Kind;
        var role = draft.Role.Role;
        var branch = draft.Company.Branch.Branch;
        var layout = random.Next(3);
        _text.Clear();

        // About the company.
        if (layout == 2)
        {
            AppendLine(CommonPhrases.AboutHeadings);
        }
        Phrases.PickSeveral(random, kind.Intros, kind.Key, role.Key, random.Chance(0.6) ? 2 : 1, _picked);
        NameCompanyFirst(_picked, kind.Intros, kind.Key, role.Key);
        AppendSentences(_picked);
        if (random.Chance(0.6) && Phrases.PickOne(random, kind.Workplace, kind.Key, role.Key) is { } workplace)
        {
            _text.Append(' ');
            composer.AppendSentence(_text, workplace);
        }
        _text.Append("\n\n");

        // The work.
        Phrases.PickSeveral(random, role.Tasks, kind.Key, role.Key, random.Next(3, 6), _items);
        if (draft.Name.Level >= 3)
        {
            Phrases.PickSeveral(random, role.SeniorTasks, kind.Key, role.Key, random.Next(1, 3), _picked);
            _items.AddRange(_picked);
        }
        if (layout == 1)
        {
            composer.AppendSentence(_text, random.Pick(CommonPhrases.TaskLeads));
            _text.Append(' ');
            AppendSentences(_items);
        }
        else
        {
            AppendLine(CommonPhrases.TaskHeadings);
            AppendBullets(_items);
        }
        _text.Append("\n\n");

        // What the student gets.
        Phrases.PickSeveral(random, branch.Benefits, kind.Key, role.Key, random.Next(1, 3), _items);
        _items.Add(random.Pick(CommonPhrases.GenericBenefits));
        _items.Insert(random.Next(_items.Count + 1), draft.Bbl
            ? random.Pick(CommonPhrases.BblSalary)
            : draft.Allowance is null ? random.Pick(CommonPhrases.BolNoAllowance) : random.Pick(CommonPhrases.BolAllowance));
        if (layout == 1)
        {
            _text.Append("Wij bieden je ");
            AppendList(_items);
            _text.Append(".\n\n");
        }
        else
        {
            AppendLine(CommonPhrases.OfferHeadings);
            AppendBullets(_items);
            _text.Append("\n\n");
        }

        var period = draft.StartDate < draft.Today
            ? CommonPhrases.StartedPeriod
            : draft.Bbl ? CommonPhrases.BblPeriod : CommonPhrases.BolPeriod;
        composer.AppendSentence(_text, random.Pick(period));
        var closing = random.Pick(CommonPhrases.Closings);
        if (closing.Length > 0)
        {
            _text.Append(' ');
            composer.AppendSentence(_text, closing);
        }
        return Limit(_text, MaxDescription);
    }

    private string Requirements(OfferDraft draft)
    {
        var random = composer.Random;
        var kind = draft.Company.Kind.Kind;
        var role = draft.Role.Role;
        _items.Clear();
        _items.Add(random.Pick(draft.LevelMin == draft.LevelMax
            ? CommonPhrases.QualificationRequirementsSingle
            : CommonPhrases.QualificationRequirementsRange));

        Phrases.PickSeveral(random, role.Requirements, kind.Key, role.Key, random.Next(1, 4), _picked);
        _items.AddRange(_picked);
        Phrases.PickSeveral(random, draft.Company.Branch.Branch.Requirements, kind.Key, role.Key, random.Next(0, 3), _picked);
        _items.AddRange(_picked);
        if (_items.Count < 4 && random.Chance(0.5))
        {
            _items.Add(random.Pick(CommonPhrases.GenericRequirements));
        }
        if (draft.Languages.Contains("nl"))
        {
            // One line about Dutch is enough; some branch requirements already have one.
            if (random.Chance(0.35) && !_items.Exists(item => item.Contains("Nederlands", StringComparison.Ordinal)))
            {
                _items.Add(random.Pick(CommonPhrases.DutchRequirements));
            }
            if (draft.Languages.Contains("en"))
            {
                _items.Add(random.Pick(CommonPhrases.EnglishRequirements));
            }
        }
        else
        {
            _items.Add(random.Pick(CommonPhrases.EnglishOnlyRequirements));
        }
        var bullets = random.Chance(0.6);
        if (role.Certificates.Length > 0 && random.Chance(0.55))
        {
            var certificate = random.Pick(role.Certificates);
            composer.Slots.Certificate = certificate;
            var pool = certificate.StartsWith("rijbewijs", StringComparison.Ordinal) ? CommonPhrases.DrivingRequirements : CommonPhrases.CertificateRequirements;
            _items.Add(bullets ? random.Pick(pool) : "{cert} is een pre");
        }

        _text.Clear();
        if (bullets)
        {
            AppendBullets(_items);
        }
        else
        {
            // The terse style of many small firms: "Je volgt de opleiding ..., je bent fysiek fit, VCA is een pre."
            var start = _text.Length;
            var separator = Separator(_items);
            for (var i = 0; i < _items.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(i == _items.Count - 1 && random.Chance(0.5) ? " en " : separator);
                }
                var itemStart = _text.Length;
                composer.Append(_text, _items[i]);
                if (i > 0)
                {
                    LowerFirst(_text, itemStart);
                }
            }
            TextComposer.Capitalize(_text, start);
            _text.Append('.');
        }
        return Limit(_text, MaxRequirements);
    }

    // A vacancy introduces the company by name before it says more about "us".
    private void NameCompanyFirst(List<string> intros, string[] pool, string kind, string role)
    {
        var named = intros.FindIndex(intro => intro.Contains("{bedrijf}", StringComparison.Ordinal));
        if (named > 0)
        {
            (intros[0], intros[named]) = (intros[named], intros[0]);
        }
        else if (named < 0)
        {
            var count = intros.Count;
            Phrases.PickSeveral(composer.Random, pool, kind, role, pool.Length, _items);
            var first = _items.Find(intro => intro.Contains("{bedrijf}", StringComparison.Ordinal));
            if (first is not null)
            {
                intros.Insert(0, first);
                intros.RemoveRange(count, intros.Count - count);
            }
        }
    }

    private void AppendLine(string[] headings)
    {
        composer.Append(_text, composer.Random.Pick(headings));
        _text.Append('\n');
    }

    private void AppendSentences(List<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }
            composer.AppendSentence(_text, sentences[i]);
        }
    }

    private void AppendBullets(List<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append('\n');
            }
            _text.Append("- ");
            var start = _text.Length;
            composer.Append(_text, items[i]);
            TextComposer.Capitalize(_text, start);
        }
    }

    // "a, b en c", each item starting in lower case as it sits mid-sentence.
    private void AppendList(List<string> items)
    {
        var separator = Separator(items);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(i == items.Count - 1 ? " en " : separator);
            }
            var start = _text.Length;
            composer.Append(_text, items[i]);
            LowerFirst(_text, start);
        }
    }

    // Items that hold a comma themselves ("werkkleding, schoenen en PBM's") are set apart with semicolons.
    private static string Separator(List<string> items) => items.Exists(item => item.Contains(',', StringComparison.Ordinal)) ? "; " : ", ";

    // Lower-cases a leading capital unless it starts an acronym or a name ("VCA", "Engels").
    private static void LowerFirst(StringBuilder text, int index)
    {
        if (index + 1 < text.Length && char.IsUpper(text[index]) && char.IsLower(text[index + 1]) && !IsKeptCapital(text, index))
        {
            text[index] = char.ToLowerInvariant(text[index]);
        }
    }

    private static bool IsKeptCapital(StringBuilder text, int index)
    {
        foreach (var word in KeptCapitals)
        {
            if (index + word.Length <= text.Length && Matches(text, index, word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(StringBuilder text, int index, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (text[index + i] != word[i])
            {
                return false;
            }
        }
        return true;
    }

    private static string Limit(StringBuilder text, int max)
    {
        if (text.Length <= max)
        {
            return text.ToString();
        }
        var cut = text.ToString(0, max);
        var space = cut.LastIndexOf(' ');
        return space > max / 2 ? cut[..space] : cut;
    }
}
