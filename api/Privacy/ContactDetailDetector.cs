using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Api.Privacy;

/// <summary>
/// Finds contact and personal details in a student's free text, which companies see: e-mail addresses, phone numbers,
/// web addresses, social media handles, street addresses (a street with a house number, or a full postcode) and birth
/// dates. Each rule is written to let through what students write about their studies and availability: a crebo,
/// "06 maanden", "BHV 2024", "PC4 3072", "32 uur", "vanaf 01-02-2027", a house number without a street.
/// </summary>
internal static partial class ContactDetailDetector
{
    // Employers whose name is a domain: "ik werk bij bol.com" names a company, not a page to visit.
    private static readonly HashSet<string> CompanyDomains = new(StringComparer.OrdinalIgnoreCase) { "bol.com", "booking.com" };

    // A number followed by one of these counts something ("pretpark 3 jaar", "leerbaan 32 uur"): not a house number.
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "jaar", "jaren", "jr", "uur", "uren", "u", "dag", "dagen", "d", "dagdelen", "week", "weken", "wk", "maand", "maanden", "mnd",
        "km", "kilometer", "minuten", "min", "keer", "maal", "x", "euro", "eur", "procent", "personen", "mensen", "collega", "collega's",
        "kinderen", "klanten", "cliënten", "bewoners", "bedden", "stuks", "kg", "ton", "pallets", "meter", "m", "avonden", "ochtenden",
        "middagen", "nachten", "diensten", "shifts", "weekenden", "dagen/week", "uur/week", "tot", "of", "à", "a", "per",
    };

    // Words that end like a street but are not one; the units catch most others.
    private static readonly HashSet<string> NotStreets = new(StringComparer.OrdinalIgnoreCase)
    {
        "onderweg", "halfweg", "leerbaan", "bijbaan", "loopbaan", "vakantiebaan", "zaterdagbaan", "weekendbaan", "studiebaan",
    };

    /// <summary>The last words of Dutch street names ("Kerkstraat", "Coolsingel", "Straatweg").</summary>
    public static readonly string[] StreetWords =
    [
        "straatweg", "burgwal", "plantsoen", "boulevard", "straat", "gracht", "singel", "plein", "dreef", "steeg", "markt",
        "haven", "hoven", "laan", "kade", "dijk", "park", "baan", "weg", "hof", "pad", "wal",
    ];

    // Two capitals after four digits that are a word or an abbreviation rather than a postcode's letters.
    private static readonly HashSet<string> NotPostcodeLetters = new(StringComparer.Ordinal)
    {
        "SA", "SD", "SS", "EN", "OF", "OP", "IN", "AL", "NU", "JA", "NL", "OK", "TM", "ZO", "BV", "IT", "PC", "CV", "HR", "VS", "UK",
        "EU", "MB", "GB", "KM", "KG", "CM", "MM", "DE", "HET", "ST", "ND", "RD", "TH",
    };

    private static readonly HashSet<string> NotPostcodeSuffixes = new(StringComparer.Ordinal)
    {
        "km", "kg", "cm", "mm", "ml", "gb", "mb", "kb", "kw", "st", "nd", "rd", "th", "de", "en", "ste", "uu",
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1, ["februari"] = 2, ["feb"] = 2, ["febr"] = 2, ["february"] = 2,
        ["maart"] = 3, ["mrt"] = 3, ["mar"] = 3, ["march"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6, ["juli"] = 7, ["jul"] = 7, ["july"] = 7, ["augustus"] = 8, ["aug"] = 8,
        ["august"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["october"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>The kinds of detail in the text, each once, in the order of <see cref="ContactDetailKind"/>.</summary>
    public static IReadOnlyList<ContactDetailKind> Find(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var found = new bool[Enum.GetValues<ContactDetailKind>().Length];
        // What one rule matched is blanked before the next looks, so that an e-mail's domain is no web address
        // and a date is no phone number.
        var scan = text;
        scan = Blank(scan, EmailAddress(), _ => true, found, ContactDetailKind.EmailAddress);
        scan = Blank(scan, SpelledEmailAddress(), _ => true, found, ContactDetailKind.EmailAddress);
        scan = Blank(scan, WebAddress(), _ => true, found, ContactDetailKind.WebAddress);
        scan = Blank(scan, DomainWithPath(), _ => true, found, ContactDetailKind.WebAddress);
        scan = Blank(scan, BareDomain(), m => !CompanyDomains.Contains(m.Value), found, ContactDetailKind.WebAddress);
        scan = Blank(scan, Handle(), _ => true, found, ContactDetailKind.SocialHandle);
        scan = Blank(scan, PlatformHandle(), _ => true, found, ContactDetailKind.SocialHandle);
        scan = Blank(scan, PlatformHandleAfterSpace(), _ => true, found, ContactDetailKind.SocialHandle);
        scan = FindDates(scan, today, found);
        FindPhoneNumbers(scan, found);
        FindStreetAddresses(scan, found);

        var kinds = new List<ContactDetailKind>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                kinds.Add((ContactDetailKind)i);
            }
        }
        return kinds;
    }

    /// <summary>The validation message for a kind: it names the kind, never the detail.</summary>
    public static string Message(ContactDetailKind kind) => kind switch
    {
        ContactDetailKind.EmailAddress => "Contains an e-mail address; contact details may not be stored (the company would see them).",
        ContactDetailKind.PhoneNumber => "Contains a phone number; contact details may not be stored (the company would see them).",
        ContactDetailKind.WebAddress => "Contains a web address; contact details may not be stored (the company would see them).",
        ContactDetailKind.SocialHandle => "Contains a social media handle; contact details may not be stored (the company would see them).",
        ContactDetailKind.StreetAddress => "Contains a street address or a full postcode; contact details may not be stored (the company would see them).",
        _ => "Contains a birth date; personal details may not be stored (the company would see them).",
    };

    private static string Blank(string text, Regex regex, Func<Match, bool> accept, bool[] found, ContactDetailKind kind)
    {
        char[]? blanked = null;
        foreach (Match match in regex.Matches(text))
        {
            if (accept(match))
            {
                found[(int)kind] = true;
                blanked ??= text.ToCharArray();
                Array.Fill(blanked, ' ', match.Index, match.Length);
            }
        }
        return blanked is null ? text : new string(blanked);
    }

    // A date is a birth date when a birth cue ("geboren", "geb.", "geboortedatum", "jarig", "born") stands near it, or
    // when it is a full date whose year makes the writer 14 to 30 years old: a start date lies ahead and an
    // experience lies a few years back. Every date is blanked for the phone rule either way.
    private static string FindDates(string text, DateOnly today, bool[] found)
    {
        var blanked = text.ToCharArray();
        foreach (var regex in (Regex[])[NumericDate(), IsoDate(), WrittenDate(), EnglishDate()])
        {
            foreach (Match match in regex.Matches(text))
            {
                var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : 0;
                var month = match.Groups["m"].Success
                    ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture)
                    : Months.GetValueOrDefault(match.Groups["mon"].Value);
                if (day < 1 || day > 31 || month < 1 || month > 12)
                {
                    continue;
                }
                var year = match.Groups["y"].Success ? Year(match.Groups["y"].Value, today) : (int?)null;
                var cued = HasBirthCue(text, match.Index, match.Length);
                var age = today.Year - year;
                if ((cued && (year is null || (year >= 1900 && year <= today.Year))) || age is >= 14 and <= 30)
                {
                    found[(int)ContactDetailKind.BirthDate] = true;
                }
                Array.Fill(blanked, ' ', match.Index, match.Length);
            }
        }
        foreach (Match match in CuedBirthYear().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (year <= today.Year)
            {
                found[(int)ContactDetailKind.BirthDate] = true;
            }
        }
        return new string(blanked);
    }

    private static int Year(string written, DateOnly today)
    {
        var digits = written.TrimStart('\'', '’');
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4)
        {
            return value;
        }
        // Two digits: this century up to this year, the last one after it ("'08" is 2008, "'97" is 1997).
        return value <= today.Year % 100 ? 2000 + value : 1900 + value;
    }

    // The cue stands before the date in the same sentence (up to 40 characters back), or right after it ("12-03-2008 geboren").
    private static bool HasBirthCue(string text, int index, int length)
    {
        var from = Math.Max(0, index - 40);
        var before = text.AsSpan(from, index - from);
        var stop = before.LastIndexOfAny('\n', '!', '?');
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }
        var end = index + length;
        var after = text.AsSpan(end, Math.Min(20, text.Length - end));
        return BirthCue().IsMatch(before) || BirthCue().IsMatch(after);
    }

    // A run of digits and separators is a phone number when, from a group that starts with 0, the groups add up to
    // exactly the 10 digits of a Dutch number (06-12345678, 010-1234567, (010) 123 45 67); from 00, to 10-15 digits
    // (0031612345678, 0032 470 12 34 56); and from a +, to 8-15 digits (+31 6 12345678, +44 7911 123456).
    // Separators that mix dots and dashes are times ("08.30 - 12.30"), not a number.
    private static void FindPhoneNumbers(string text, bool[] found)
    {
        Span<int> starts = stackalloc int[32];
        Span<int> counts = stackalloc int[32];
        foreach (Match run in DigitRun().Matches(text))
        {
            var value = run.ValueSpan;
            var groups = 0;
            for (var i = 0; i < value.Length && groups < starts.Length;)
            {
                if (!char.IsAsciiDigit(value[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < value.Length && char.IsAsciiDigit(value[i]))
                {
                    i++;
                }
                starts[groups] = start;
                counts[groups++] = i - start;
            }
            var plus = value[0] == '+' || value.StartsWith("(+");
            for (var first = 0; first < groups && !found[(int)ContactDetailKind.PhoneNumber]; first++)
            {
                var international = (first == 0 && plus) || value[starts[first]..].StartsWith("00");
                if (!international && value[starts[first]] != '0')
                {
                    continue;
                }
                var digits = 0;
                for (var last = first; last < groups; last++)
                {
                    if (last > first && !PlausibleSeparator(value[(starts[last - 1] + counts[last - 1])..starts[last]], last - first))
                    {
                        break;
                    }
                    digits += counts[last];
                    var separators = value[starts[first]..(starts[last] + counts[last])];
                    if (separators.Contains('.') && (separators.Contains('-') || separators.Contains('–')))
                    {
                        break;
                    }
                    var isPhone = international
                        ? digits is >= 8 and <= 15 && ((first == 0 && plus) || digits >= 10)
                        : digits == 10;
                    if (isPhone)
                    {
                        found[(int)ContactDetailKind.PhoneNumber] = true;
                        break;
                    }
                    if (digits > 15 || (!international && digits > 10))
                    {
                        break;
                    }
                }
            }
        }
    }

    private static bool PlausibleSeparator(ReadOnlySpan<char> separator, int position) =>
        separator.Length <= 3 && (!separator.Contains('/') || position == 1);

    // A street word with a house number ("Coolsingel 40", "kerkstraat 12a", "Laan van Meerdervoort 1001"), unless the
    // number counts something ("pretpark 3 jaar") or is a year; and a full postcode ("3011 AB", "3011ab").
    private static void FindStreetAddresses(string text, bool[] found)
    {
        foreach (Match match in StreetWithNumber().Matches(text))
        {
            var street = match.Groups["street"].Value;
            // "Straatweg 12" is a street, ending in "weg"; a bare "Weg 12" is not.
            var named = Array.Exists(StreetWords, s => street.Length - s.Length >= 2 && street.EndsWith(s, StringComparison.OrdinalIgnoreCase));
            if (named && !NotStreets.Contains(street) && IsHouseNumber(match))
            {
                found[(int)ContactDetailKind.StreetAddress] = true;
                return;
            }
        }
        foreach (Match match in StreetOfSeveralWords().Matches(text))
        {
            if (IsHouseNumber(match))
            {
                found[(int)ContactDetailKind.StreetAddress] = true;
                return;
            }
        }
        foreach (Match match in Postcode().Matches(text))
        {
            var letters = match.Groups["l"].Value;
            if (letters == letters.ToUpperInvariant() ? !NotPostcodeLetters.Contains(letters) : !NotPostcodeSuffixes.Contains(letters))
            {
                found[(int)ContactDetailKind.StreetAddress] = true;
                return;
            }
        }
    }

    private static bool IsHouseNumber(Match match)
    {
        var number = int.Parse(match.Groups["num"].ValueSpan, CultureInfo.InvariantCulture);
        var lettered = match.Groups["add"].Success;
        var next = match.Groups["next"].Value;
        return !(number is >= 1900 and <= 2099 && !lettered) && (next.Length == 0 || !Units.Contains(next));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}-])")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}\p{N}._%+-]{1,64}\s?(?:\(at\)|\[at\]|\{at\}|\s(?:at|apenstaartje)\s)\s?[\p{L}\p{N}-]{1,63}\s?(?:\.|\(dot\)|\[dot\]|\s(?:dot|punt)\s)\s?(?:com|nl|net|org|be|eu|info)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledEmailAddress();

    [GeneratedRegex(@"(?:\bhttps?://|(?<![\p{L}\p{N}.])www\.)[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12}/[^\s<>""]*", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWithPath();

    // Without a path, only top-level domains that are not also Dutch words or abbreviations ("de", "nu", "en").
    [GeneratedRegex(@"(?<![\p{L}\p{N}.@-])(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.){1,4}(?:com|nl|net|org|be|eu|io|info|biz|app|dev|gg|tv|uk|online|shop|store|site|xyz)(?![\p{L}\p{N}-])")]
    private static partial Regex BareDomain();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])")]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|tt|twitter|facebook|fb|linkedin|discord|telegram|threads|youtube|yt|twitch|bereal|pinterest)\s*(?::|=|->|→)\s*@?[\p{L}\p{N}_][\p{L}\p{N}_.]{0,29}", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformHandle();

    // "insta samira_17", "snap samira.k": after a space only a name with a digit, an underscore or a dot, which
    // words ("tiktok filmpjes") do not have.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|twitter|discord|telegram|twitch|bereal)\s+@?(?=[\p{L}\p{N}_.]*\p{L})(?=[\p{L}\p{N}_.]*[_.\p{N}])[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformHandleAfterSpace();

    // Not inside a longer run of numbers ("06-12-34-56-78" is a phone number).
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[0-9][-/.])(?<d>0?[1-9]|[12][0-9]|3[01])(?<sep>[-/.])(?<m>0?[1-9]|1[0-2])\k<sep>(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![\p{L}\p{N}]|[-/.][0-9])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[0-9][-/.])(?<y>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<m>0?[1-9]|1[0-2])\k<sep>(?<d>0?[1-9]|[12][0-9]|3[01])(?![\p{L}\p{N}]|[-/.][0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<d>0?[1-9]|[12][0-9]|3[01])(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?<mon>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?(?:,?\s+(?<y>(?:19|20)[0-9]{2}|['’][0-9]{2}))?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<mon>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<d>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9]{2})(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?:\b(?:geboren|geboortedatum|geboortedag|geboortejaar|verjaardag|jarig|born|birthday|dob|d\.o\.b)\b|\bgeb(?:\.|\b)\s?(?:datum)?|\bdate\s+of\s+birth\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BirthCue();

    [GeneratedRegex(@"\b(?:geboren|geb\.?|geboortejaar|born)\s*(?::\s*)?(?:in\s+|op\s+|in\s+het\s+jaar\s+)?(?<y>(?:19|20)[0-9]{2})(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex CuedBirthYear();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\+|\(\+?)?[0-9](?:[0-9]|[ \u00A0.\-\u2013/()]{1,3}(?=\(?[0-9]))*")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<street>\p{L}[\p{L}'’\-]*?(?:straatweg|burgwal|plantsoen|boulevard|straat|gracht|singel|plein|dreef|steeg|markt|haven|hoven|laan|kade|dijk|park|baan|weg|hof|pad|wal))\s+(?<num>[1-9][0-9]{0,3})(?:\s?-?\s?(?<add>[a-zA-Z])(?![\p{L}\p{N}]))?(?:\s?[-/]\s?[0-9]{1,4}[a-zA-Z]?)?(?![0-9]|[.,][0-9])(?:\s+(?<next>[\p{L}%€'’/]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex StreetWithNumber();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Ll]aan|[Ss]traat|[Pp]lein|[Kk]ade|[Dd]ijk|[Ss]ingel|[Hh]of|[Dd]reef|[Gg]racht|Weg|Park|Boulevard|Plantsoen)\s+(?:(?:van|de|der|den|het|op|in|en|ter|ten|te|'t|aan|bij|achter|over|naar)\s+){1,3}\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,2}\s+(?<num>[1-9][0-9]{0,3})(?<add>[a-zA-Z])?(?![\p{L}\p{N}])(?:\s+(?<next>[\p{L}%€'’/]+))?")]
    private static partial Regex StreetOfSeveralWords();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[1-9][0-9]{3}(?:\s?(?<l>[A-Z]{2})|(?<l>[a-z]{2}))(?![\p{L}\p{N}])")]
    private static partial Regex Postcode();
}
