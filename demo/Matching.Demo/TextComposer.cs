using System.Globalization;
using System.Text;

namespace Matching.Demo;

// Expands templates such as "Je werkt [in ploegendienst|in dagdienst] bij {bedrijf} in {plaats}": a bracket
// picks one of its alternatives, a brace inserts a slot. Alternatives do not nest, so one pass over the
// template is enough and the cost stays linear in the text produced.
internal sealed class TextComposer(DemoRandom random)
{
    public TextSlots Slots { get; } = new();

    public DemoRandom Random => random;

    public void Append(StringBuilder text, string template) => Append(text, template.AsSpan(), allowChoice: true);

    // Appends a template as a sentence: first letter upper case, and a full stop unless it has its own.
    public void AppendSentence(StringBuilder text, string template)
    {
        var start = text.Length;
        Append(text, template);
        Capitalize(text, start);
        if (text.Length > start && text[^1] is not ('.' or '!' or '?' or ':'))
        {
            text.Append('.');
        }
    }

    public string Expand(string template)
    {
        var text = new StringBuilder(template.Length + 32);
        Append(text, template);
        return text.ToString();
    }

    public static void Capitalize(StringBuilder text, int index)
    {
        if (index < text.Length)
        {
            text[index] = char.ToUpperInvariant(text[index]);
        }
    }

    private void Append(StringBuilder text, ReadOnlySpan<char> template, bool allowChoice)
    {
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template[i..].IndexOf('}');
                if (end < 0)
                {
                    throw new FormatException($"Unclosed slot in template '{template}'.");
                }
                AppendSlot(text, template.Slice(i + 1, end - 1));
                i += end + 1;
            }
            else if (c == '[' && allowChoice)
            {
                var end = template[i..].IndexOf(']');
                if (end < 0)
                {
                    throw new FormatException($"Unclosed choice in template '{template}'.");
                }
                Append(text, PickAlternative(template.Slice(i + 1, end - 1)), allowChoice: false);
                i += end + 1;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
    }

    private ReadOnlySpan<char> PickAlternative(ReadOnlySpan<char> choice)
    {
        var count = choice.Count('|') + 1;
        var pick = random.Next(count);
        foreach (var range in choice.Split('|'))
        {
            if (pick-- == 0)
            {
                return choice[range];
            }
        }
        return choice;
    }

    private void AppendSlot(StringBuilder text, ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "bedrijf": text.Append(Slots.Company); break;
            case "plaats": text.Append(Slots.Place); break;
            case "gebied": text.Append(Slots.Area); break;
            case "degebied": text.Append(Slots.AreaWithArticle); break;
            case "ingebied": text.Append(Slots.AreaLocative); break;
            case "functie": text.Append(Slots.Function); break;
            case "rol": text.Append(Slots.Role); break;
            case "opleiding": text.Append(Slots.Qualification); break;
            case "niveau": text.Append(Slots.Level.ToString(CultureInfo.InvariantCulture)); break;
            case "leerweg": text.Append(Slots.Path); break;
            case "uren": text.Append(Slots.Hours.ToString(CultureInfo.InvariantCulture)); break;
            case "vergoeding": text.Append(Slots.Allowance); break;
            case "start": text.Append(Slots.Start); break;
            case "maand": text.Append(Slots.Month); break;
            case "afstand": text.Append(Slots.Distance.ToString(CultureInfo.InvariantCulture)); break;
            case "cao": text.Append(Slots.Cao); break;
            case "branche": text.Append(Slots.Domain); break;
            case "eind": text.Append(Slots.End); break;
            case "niveaus": text.Append(Slots.Levels); break;
            case "cert": text.Append(Slots.Certificate); break;
            case "regio": text.Append(Slots.Region); break;
            case "talen": text.Append(Slots.Languages); break;
            case "wanneer": text.Append(Slots.When); break;
            case "thuistaal": text.Append(Slots.HomeLanguage); break;
            case "wanneer_en": text.Append(Slots.WhenEnglish); break;

            // Name parts are drawn afresh at every use, so two company names rarely share them.
            case "familie": text.Append(random.Pick(NameParts.Families)); break;
            case "water": text.Append(random.Pick(NameParts.Waters)); break;
            case "hof": text.Append(random.Pick(NameParts.Homes)); break;
            case "medewerkers": text.Append(Slots.Headcount); break;
            case "jaar": text.Append(Slots.Founded); break;
            default: throw new FormatException($"Unknown slot '{name}'.");
        }
    }
}
