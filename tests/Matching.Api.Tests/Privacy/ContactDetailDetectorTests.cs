using Matching.Api.Privacy;
using Matching.Api.Reference;
using Matching.Demo;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Privacy;

/// <summary>
/// The detector on a few hundred real-looking details that must be refused, generated from templates, and on texts that
/// must pass: tricky sentences and every student text of the demo dataset.
/// </summary>
public sealed class ContactDetailDetectorTests(ITestOutputHelper output)
{
    // 2026-12-03: birth years 1996-2012 give an age of 14-30.
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly string[] Contexts =
    [
        "{0}", "bel of app me op {0}", "Mijn gegevens: {0}.", "ik zoek een stage in een magazijn, {0} voor vragen",
        "Hoi! ik ben bereikbaar via {0} na schooltijd", "niveau 2, 32 uur per week\n{0}\ngroetjes",
    ];

    public static IEnumerable<string> PhoneNumbers()
    {
        foreach (var mobile in new[] { "12345678", "87654321", "34567890", "20304050" })
        {
            var m = mobile;
            string[] forms =
            [
                $"06-{m}", $"06 {m[..4]} {m[4..]}", $"06 {m[..2]} {m[2..4]} {m[4..6]} {m[6..]}", $"06{m}", $"06-{m[..4]} {m[4..]}",
                $"06 - {m}", $"06.{m[..2]}.{m[2..4]}.{m[4..6]}.{m[6..]}", $"+31 6 {m}", $"+316{m}", $"+31 (0)6 {m[..4]} {m[4..]}",
                $"00316{m}", $"0031 6 {m}", $"+31-6-{m}", $"(06) {m}", $"06–{m}", $"06/{m}",
            ];
            foreach (var form in forms)
            {
                yield return form;
            }
        }
        foreach (var (area, subscriber) in new[] { ("10", "1234567"), ("20", "7654321"), ("70", "3456789"), ("181", "123456"), ("78", "6123456") })
        {
            var s = subscriber;
            string[] forms =
            [
                $"0{area}-{s}", $"0{area} {s[..3]} {s[3..5]} {s[5..]}", $"(0{area}) {s[..3]} {s[3..5]} {s[5..]}", $"0{area}{s}",
                $"+31 {area} {s}", $"+31 (0){area} {s}", $"0031 {area} {s}",
            ];
            foreach (var form in forms)
            {
                yield return form;
            }
        }
        string[] international =
        [
            "+32 470 12 34 56", "+44 7911 123456", "+49 30 12345678", "+90 532 123 45 67", "+212 6 12 34 56 78", "+597 712 3456",
            "+1 (555) 123-4567", "0032 470 123456", "0049 30 1234567", "+33 6 12 34 56 78", "+48 512 345 678", "+40 721 234 567",
            "+380 67 123 4567", "+31 6 1234 5678", "+905321234567",
        ];
        foreach (var form in international)
        {
            yield return form;
        }
    }

    public static IEnumerable<string> EmailAddresses()
    {
        string[] locals = ["samira.elamrani", "jan_de_vries2008", "kevin123", "lisa-marie", "s.yilmaz", "noah+stage"];
        string[] domains = ["gmail.com", "hotmail.nl", "outlook.com", "live.nl", "student.zadkine.nl", "icloud.com", "yahoo.co.uk"];
        foreach (var local in locals)
        {
            foreach (var domain in domains)
            {
                yield return $"{local}@{domain}";
            }
            yield return $"{local.ToUpperInvariant()}@GMAIL.COM";
            yield return $"{local} (at) gmail.com";
            yield return $"{local}[at]hotmail[dot]com";
            yield return $"{local} apenstaartje gmail punt com";
        }
    }

    public static IEnumerable<string> WebAddresses() =>
    [
        "https://www.linkedin.com/in/samira-el-amrani", "http://mijnportfolio.nl", "www.samira-portfolio.nl", "instagram.com/samira_17",
        "tiktok.com/@jayden", "linktr.ee/samira", "samira.nl", "mijnsite.com", "github.com/kevin123", "youtube.com/watch?v=abc123",
        "WWW.PORTFOLIO.NL", "portfolio-jayden.io", "https://bit.ly/3abcd", "facebook.com/samira.k", "samira-designs.online",
        "https://jayden.dev", "mijn-cv.info", "www.behance.net/lieke", "Instagram.com/lieke.v", "noah.eu",
    ];

    public static IEnumerable<string> SocialHandles() =>
    [
        "@samira_17", "@jayden.r", "@lisa2008", "insta: samira_17", "Insta: lieke", "snap: jaydenr", "Snapchat: noah.v",
        "tiktok @jayden", "TikTok: @kev", "ig: samira", "IG: lisa.m", "insta samira_17", "snap lieke.v", "mijn insta is @samira",
        "discord: kevin_1234", "twitter: @noah", "Instagram = samira.k", "sc: jayden_r", "volg me op @lieke.designs", "fb: samira.elamrani",
    ];

    public static IEnumerable<string> StreetAddresses()
    {
        string[] names = ["Kerk", "Molen", "Dorps", "School", "Stations", "Hoofd", "Beuken", "Eiken", "Linden", "Wilhelmina", "Juliana", "Oranje",
            "Nieuwe Binnen", "Cool", "Berg", "Zuid", "Maas", "Rijn", "Prins Hendrik", "Burgemeester de Raadt", "Oude", "Schiedamse", "Beukels", "Oost"];
        string[] suffixes = ["straat", "laan", "weg", "plein", "singel", "kade", "dijk", "gracht", "hof", "dreef", "steeg", "park"];
        string[] numbers = ["12", "40", "1", "7a", "123", "12 a", "3-5", "88B", "2", "1001"];
        for (var i = 0; i < names.Length * 3; i++)
        {
            var street = names[i % names.Length] + suffixes[(i * 5 + i / names.Length) % suffixes.Length];
            var address = $"{street} {numbers[i % numbers.Length]}";
            yield return i % 4 == 3 ? address.ToLowerInvariant() : address;
        }
        string[] whole =
        [
            "Coolsingel 40", "Kerkstraat 12a", "Laan van Meerdervoort 1001", "Laan op Zuid 45", "Straatweg 12", "Schiedamseweg 3",
            "Beukelsdijk 8", "Oudedijk 20 B", "laan van nieuw oost-indie 12", "Lijnbaan 10", "Maasboulevard 100", "Weg en Bos 3",
            "3011 AB", "3072AB", "3011ab", "1234 XY", "Kerkstraat 12, 3011 AB Rotterdam", "Hof van Delft 7",
        ];
        foreach (var address in whole)
        {
            yield return address;
        }
    }

    public static IEnumerable<string> BirthDates()
    {
        (int Day, int Month, int Year)[] dates = [(12, 3, 2008), (3, 4, 2007), (1, 5, 2009), (28, 11, 2006), (31, 12, 2010), (15, 8, 2005), (9, 9, 2001), (21, 6, 1998)];
        string[] months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        string[] shortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
        string[] cues = ["geboren op {0}", "geb. {0}", "geboortedatum: {0}", "ik ben geboren op {0}", "{0}", "Geb.datum {0}", "date of birth: {0}", "{0} geboren"];
        var n = 0;
        foreach (var (d, m, y) in dates)
        {
            string[] forms =
            [
                $"{d:00}-{m:00}-{y}", $"{d}/{m}/{y}", $"{d:00}.{m:00}.{y}", $"{y}-{m:00}-{d:00}", $"{d}-{m}-{y % 100:00}",
                $"{d} {months[m - 1]} {y}", $"{d} {shortMonths[m - 1]} {y}", $"{d} {shortMonths[m - 1]}. {y}", $"{d}e {months[m - 1]} '{y % 100:00}",
                $"{d} {months[m - 1].ToUpperInvariant()} {y}",
            ];
            foreach (var form in forms)
            {
                yield return string.Format(cues[n++ % cues.Length], form);
            }
        }
        string[] cuedOnly = ["jarig op 12 maart", "geboren in 2008", "geboortejaar: 2007", "born on March 12, 2008", "mijn verjaardag is 3 april", "geb 2008-03-12"];
        foreach (var text in cuedOnly)
        {
            yield return text;
        }
    }

    // Texts students write that hold numbers, dates, places and at-signs and must pass.
    public static IEnumerable<string> TextsThatPass() =>
    [
        "crebo 25774", "ik doe crebo 25774 niveau 2", "06 maanden", "ik zoek een stage van 06 maanden", "BHV 2024", "ik heb BHV 2024 en VCA",
        "Rotterdam-Zuid", "ik woon in Rotterdam-Zuid", "niveau 2", "2 dagen per week", "vanaf 1 februari", "32 uur", "PC4 3072",
        "beschikbaar vanaf 01-02-2027", "beschikbaar van 01-02-2027 tot 30-06-2027", "start 2027-02-01", "ik kan starten vanaf 1 februari 2027",
        "in 2025 heb ik mijn diploma gehaald", "stage 2026/2027", "schooljaar 2026-2027", "ik woon op nummer 12", "huisnummer 12",
        "ik heb 3 jaar in een pretpark gewerkt", "ik werk in het pretpark 3 dagen per week", "mijn leerbaan is 32 uur", "leerbaan 4 dagen",
        "ik ben 2 uur per dag onderweg", "ik ben 17 jaar", "ik ben geboren in Rotterdam", "geboren en getogen in Schiedam, beschikbaar vanaf 01-02-2027",
        "werktijden 08.30 - 12.30 13.00 - 17.00", "ik kan 06.00-14.00 14.00-22.00 werken", "€ 0,23 per km", "reiskosten 0,19 per kilometer",
        "ik heb bij bol.com gewerkt", "ik heb bij Booking.com stage gelopen", "i.v.m. school", "o.a. orderpicken, m.b.t. veiligheid",
        "ik ben goed in Word en Excel", "mijn instagram gebruik ik voor mijn tekeningen", "tiktok filmpjes maken vind ik leuk",
        "ik zit niet op snapchat", "verzorgende IG niveau 3", "verzorgende-IG: niveau 3", "heftruck + reachtruck", "ik ben @ school op maandag",
        "25774, 25775 of 25372", "ik heb 1 jaar bij de Jumbo gewerkt", "ik heb in 2 jaar 3 stages gedaan", "09:00-17:00",
        "max 25 km", "ik kan met de metro (lijn D) komen", "vanaf week 6", "3 x per week", "tussen 1 en 3 maart vrij",
        "ik heb mijn diploma op 12-07-2024 gehaald", "examen op 15 januari 2027", "rijbewijs B sinds 2025", "ik werk sinds mei 2024 bij AH",
        "v.a. 1-2-2027", "jarig? nee, ik ben gewoon op zoek", "Ik zoek een BBL-plek 2027", "bereikbaar met OV: bus 40 en tram 21",
        "NT2 B1", "MBO 4 Logistiek", "VCA-VOL 2025", "06 weken vakantie? nee", "ik spreek Nederlands, Engels en Turks",
        "mijn school is Zadkine", "ik sta op de wachtlijst sinds 01-09-2026", "ik woon 10 minuten van het Zuidplein",
        "ik heb 2 jaar in de haven gewerkt", "de Maasvlakte 2 is ver", "in de Waalhaven 3 dagen", "ik ben 1 van 4 kinderen",
        "werkervaring: 2023-2025 bij een bakker", "ik kan ook in de weekenden (za/zo)", "tel. afspraken via school", "mail via mijn mentor",
    ];

    [Fact]
    public void Phone_numbers_in_dutch_and_international_forms_are_refused() => AssertRefused(PhoneNumbers(), ContactDetailKind.PhoneNumber, 150);

    [Fact]
    public void Email_addresses_plain_and_spelled_out_are_refused() => AssertRefused(EmailAddresses(), ContactDetailKind.EmailAddress, 60);

    [Fact]
    public void Web_addresses_with_a_scheme_www_or_a_bare_domain_are_refused() => AssertRefused(WebAddresses(), ContactDetailKind.WebAddress, 20);

    [Fact]
    public void Social_handles_with_an_at_sign_or_a_platform_are_refused() => AssertRefused(SocialHandles(), ContactDetailKind.SocialHandle, 20);

    [Fact]
    public void Streets_with_a_house_number_and_full_postcodes_are_refused() => AssertRefused(StreetAddresses(), ContactDetailKind.StreetAddress, 80);

    [Fact]
    public void Birth_dates_in_numeric_and_written_forms_are_refused() => AssertRefused(BirthDates(), ContactDetailKind.BirthDate, 80);

    [Fact]
    public void Texts_with_crebos_periods_years_dates_and_house_numbers_alone_pass()
    {
        var texts = TextsThatPass().ToList();

        var refused = texts.Select(text => (text, kinds: ContactDetailDetector.Find(text, Today))).Where(r => r.kinds.Count > 0).ToList();

        output.WriteLine($"{texts.Count} texts that must pass");
        Assert.True(refused.Count == 0, "Refused: " + string.Join("; ", refused.Select(r => $"\"{r.text}\" as {string.Join(", ", r.kinds)}")));
    }

    [Fact]
    public void No_student_text_of_the_demo_dataset_is_refused()
    {
        var reference = ReferenceDataSet.Embedded;
        var texts = new[] { 20261123, 7, 2027 }
            .SelectMany(seed => DemoDataGenerator.Generate(reference, new DemoOptions { Seed = seed, Today = Today }).Students)
            .Select(student => student.FreeText)
            .ToList();

        var refused = texts.Select(text => (text, kinds: ContactDetailDetector.Find(text, Today))).Where(r => r.kinds.Count > 0).ToList();

        output.WriteLine($"{texts.Count} demo student texts");
        Assert.True(texts.Count >= 9000);
        Assert.True(refused.Count == 0, "Refused: " + string.Join("; ", refused.Take(10).Select(r => $"\"{r.text}\" as {string.Join(", ", r.kinds)}")));
    }

    [Fact]
    public void Each_kind_is_reported_once_in_a_fixed_order_and_its_message_does_not_echo_the_detail()
    {
        var text = "Samira, geboren op 12-03-2008, tel 06-12345678 of 010-1234567, mail samira@gmail.com, insta: samira_17, Kerkstraat 12a";

        var kinds = ContactDetailDetector.Find(text, Today);

        Assert.Equal([ContactDetailKind.EmailAddress, ContactDetailKind.PhoneNumber, ContactDetailKind.SocialHandle, ContactDetailKind.StreetAddress, ContactDetailKind.BirthDate], kinds);
        Assert.All(Enum.GetValues<ContactDetailKind>(), kind => Assert.DoesNotContain("12", ContactDetailDetector.Message(kind)));
        Assert.Equal("Contains a phone number; contact details may not be stored (the company would see them).", ContactDetailDetector.Message(ContactDetailKind.PhoneNumber));
    }

    [Fact]
    public void A_date_is_a_birth_date_by_its_cue_or_by_an_age_of_14_to_30()
    {
        Assert.Equal([ContactDetailKind.BirthDate], ContactDetailDetector.Find("12-03-2012", Today)); // 14
        Assert.Equal([ContactDetailKind.BirthDate], ContactDetailDetector.Find("12-03-1996", Today)); // 30
        Assert.Empty(ContactDetailDetector.Find("12-03-2013", Today)); // 13: a date of something else
        Assert.Empty(ContactDetailDetector.Find("12-03-1995", Today));
        Assert.Equal([ContactDetailKind.BirthDate], ContactDetailDetector.Find("geboren op 12-03-1980", Today));
        Assert.Empty(ContactDetailDetector.Find("geboren in Rotterdam, beschikbaar vanaf 2027", Today));
    }

    private void AssertRefused(IEnumerable<string> details, ContactDetailKind kind, int atLeast)
    {
        var texts = details.SelectMany((detail, i) => new[] { string.Format(Contexts[i % Contexts.Length], detail), detail }).Distinct().ToList();

        var missed = texts.Where(text => !ContactDetailDetector.Find(text, Today).Contains(kind)).ToList();

        output.WriteLine($"{texts.Count} texts with a {kind}");
        Assert.True(texts.Count >= atLeast, $"Only {texts.Count} variants.");
        Assert.True(missed.Count == 0, $"Not refused as {kind}: " + string.Join(" | ", missed));
    }
}
