namespace Matching.Demo;

// Phrases that every branch shares: titles, headings, allowance lines and the generic parts of requirements
// and student texts. Branch and role phrases carry the vocabulary that makes a text specific.
internal static class CommonPhrases
{
    public static readonly string[] TitlesBol =
    [
        "Stagiair {functie} (BOL)", "Stagiair {functie} (BOL)", "Stage {functie} niveau {niveau}", "BOL-stage {functie} – {gebied}",
        "Stageplaats {functie} bij {bedrijf}", "Stage als {functie} {ingebied}", "Stagiair(e) {functie}",
        "Stage {functie} ({uren} uur)", "BPV-plek {functie} – {plaats}", "Stagiair {functie} gezocht {ingebied}",
    ];

    public static readonly string[] TitlesBbl =
    [
        "Leerling {functie} (BBL)", "Leerling {functie} (BBL)", "BBL-leerbaan {functie}", "BBL {functie} niveau {niveau} – {plaats}",
        "Leerwerkplek {functie} (BBL, {uren} uur)", "{functie} in opleiding (BBL)", "Werken en leren: {functie} (BBL)",
        "BBL'er {functie} bij {bedrijf}", "Leerbaan {functie} – {gebied}",
    ];

    public static readonly string[] AboutHeadings = ["Over ons", "Wie zijn wij?", "Over {bedrijf}", "Het bedrijf"];

    public static readonly string[] TaskHeadings = ["Wat ga je doen?", "Jouw werkzaamheden", "Dit ga je doen", "Wat ga je leren?", "Je taken", "Een werkdag bij ons"];

    public static readonly string[] TaskLeads =
    [
        "Als {functie} ga je aan de slag [in ons team|op onze locatie] {ingebied}.", "Wat je doet als {functie}? Een greep.",
        "Als stagiair of leerling draai je vanaf dag één mee.", "Je werkt mee in de dagelijkse praktijk.",
    ];

    public static readonly string[] OfferHeadings = ["Wat bieden wij?", "Wat krijg je van ons?", "Dit bieden we je", "Wat staat er tegenover?", "Onze belofte"];

    public static readonly string[] GenericBenefits =
    [
        "Een vaste praktijkopleider die je begeleidt en de beoordelingen met school regelt",
        "Ruimte om fouten te maken en ervan te leren",
        "Een werkplek waar je echt meedraait en niet alleen koffie haalt",
        "Elke week een kort gesprek over hoe het gaat",
        "Een reiskostenvergoeding [voor ov of fiets|op basis van kilometers|van € 0,23 per kilometer]",
        "Een gezellig team met collega's van alle leeftijden",
        "Een referentie voor je cv aan het eind van je periode",
        "Hulp bij je opdrachten en je examen in de praktijk",
    ];

    public static readonly string[] BolPeriod =
    [
        "De stage loopt van {start} tot {eind}, {uren} uur per week.",
        "Startdatum: {start}. Einddatum: {eind}. Je werkt {uren} uur per week.",
        "We zoeken iemand die op {start} kan beginnen; de stage duurt tot {eind}.",
        "Periode: {start} – {eind} ({uren} uur per week, in overleg met school).",
    ];

    public static readonly string[] BblPeriod =
    [
        "Je krijgt een arbeidsovereenkomst voor {uren} uur per week voor de duur van je opleiding, met als startdatum {start}.",
        "Start op {start}. Je werkt [vier dagen|drie dagen|vier dagen] per week bij ons en gaat één dag naar school.",
        "Je begint op {start} met een BBL-contract van {uren} uur per week tot [{eind}|het einde van je opleiding].",
        "Je leert het vak in de praktijk: [vier|vier|drie] dagen werken, één dag school. Startdatum {start}.",
    ];

    // For offers whose period began a few weeks ago and that still have room.
    public static readonly string[] StartedPeriod =
    [
        "De groep is op {start} gestart, maar we hebben nog plek: je kunt direct instromen.",
        "Deze plek loopt al sinds {start}; instromen kan per direct, in overleg met school.",
        "We zijn op {start} begonnen en zoeken nog een {leerweg}-student die snel kan starten.",
    ];

    public static readonly string[] BolAllowance =
    [
        "Een stagevergoeding van € {vergoeding} per maand",
        "€ {vergoeding} stagevergoeding per maand (bij een volledige werkweek)",
        "Een maandelijkse stagevergoeding van € {vergoeding}",
    ];

    public static readonly string[] BolNoAllowance =
    [
        "Geen stagevergoeding, wel [een gratis lunch|een goede referentie|een leuke afsluiting van je stage]",
        "Een stage zonder vergoeding, maar met veel begeleiding en een goede referentie",
    ];

    public static readonly string[] BblSalary =
    [
        "Een salaris van € {vergoeding} bruto per maand [volgens {cao}|bij {uren} uur]",
        "Salaris vanaf € {vergoeding} bruto per maand volgens {cao}",
        "€ {vergoeding} bruto per maand plus vakantiegeld en een eindejaarsuitkering",
        "Een BBL-contract met een salaris van € {vergoeding} bruto per maand en vergoeding van je schoolkosten",
    ];

    public static readonly string[] Closings =
    [
        "Interesse? Reageer via het stageportaal van je school.",
        "Reageren kan via je BPV-coördinator; we plannen dan snel een kennismakingsgesprek.",
        "Enthousiast? Meld je aan en kom een dag meelopen, dan weet je of het bij je past.",
        "Heb je vragen? Je praktijkbegeleider op school kan contact met ons opnemen.",
        "We nodigen je graag uit voor een kennismaking op locatie in {plaats}.",
        "",
    ];

    public static readonly string[] QualificationRequirementsSingle =
    [
        "Je volgt de opleiding {opleiding} niveau {niveau} ({leerweg})",
        "Je volgt de opleiding {opleiding} niveau {niveau}",
        "Je doet de {leerweg}-opleiding {opleiding} (niveau {niveau})",
        "Je zit in [het eerste|het tweede|het eerste of tweede] jaar van de opleiding {opleiding} niveau {niveau}",
        "Je staat ingeschreven voor {opleiding} niveau {niveau} via de {leerweg}",
    ];

    public static readonly string[] QualificationRequirementsRange =
    [
        "Je volgt een {leerweg}-opleiding niveau {niveaus}, bijvoorbeeld {opleiding}",
        "Je volgt de opleiding {opleiding} of een vergelijkbare opleiding op niveau {niveaus}",
        "Je zit op niveau {niveaus} in de richting {rol}",
    ];

    public static readonly string[] CertificateRequirements =
    [
        "{cert} is een pre", "{cert} is mooi meegenomen", "{cert} is een pluspunt",
        "{cert} is handig, maar kun je ook bij ons halen",
    ];

    // A company cannot hand out a driving licence the way it can a VCA course.
    public static readonly string[] DrivingRequirements = ["{cert} is een pre", "{cert} is een pluspunt", "In het bezit van {cert}? Mooi meegenomen"];

    public static readonly string[] GenericRequirements =
    [
        "Je bent gemotiveerd en leergierig", "Je bent betrouwbaar en komt je afspraken na", "Je durft vragen te stellen",
        "Je kunt goed samenwerken, maar ook zelfstandig aan de slag", "Je bent op tijd en laat het weten als je ziek bent",
        "Je hebt een positieve houding en pakt dingen op",
    ];

    public static readonly string[] DutchRequirements =
    [
        "Je spreekt en schrijft [goed|voldoende] Nederlands", "Je spreekt Nederlands (minimaal op niveau 2F)",
        "Je kunt je goed verstaanbaar maken in het Nederlands",
    ];

    public static readonly string[] EnglishRequirements =
    [
        "Je spreekt ook Engels; [veel collega's|veel klanten|een deel van het team] spreekt geen Nederlands",
        "Je beheerst het Engels [goed|redelijk] in woord en geschrift", "Engels is onze tweede voertaal",
    ];

    public static readonly string[] EnglishOnlyRequirements =
    [
        "Onze voertaal is Engels; Nederlands is geen vereiste", "You speak English well; Dutch is a plus but not required",
    ];

    public static readonly string[] StudentOpenersBol =
    [
        "ik zoek een stage als {rol}",
        "ik ben op zoek naar een [stageplek|stage|bpv plek] [als {rol}|{branche}] {wanneer}",
        "hoi! ik doe de opleiding {opleiding} niveau {niveau} en zoek een stageplek [{wanneer}|in {plaats} of omgeving]",
        "ik zit in het [eerste|tweede|derde] jaar van {opleiding} en moet [{wanneer}|dit schooljaar] stage lopen",
        "op zoek naar een leuke stage {branche}",
        "zoek stage {branche}, [liefst dichtbij|het liefst in de regio|maakt niet uit waar]",
        "voor mijn opleiding {rol} (bol niveau {niveau}) zoek ik een stagebedrijf waar ik echt mee mag draaien",
        "Hallo, ik ben student {opleiding} en zoek voor mijn bpv een plek {branche}",
        "ik moet {wanneer} stage lopen en zoek nog een plek als {rol}",
    ];

    public static readonly string[] StudentOpenersBbl =
    [
        "ik zoek een bbl plek {branche}",
        "ik zoek een leerbaan als {rol} voor [4|3|4] dagen per week",
        "op zoek naar een bbl-plek als {rol}, ik kan beginnen {wanneer}",
        "hallo, ik wil de bbl opleiding {opleiding} gaan doen en heb daarvoor een werkgever nodig",
        "zoek een werkgever voor mijn bbl {rol} niveau {niveau}",
        "ik doe {opleiding} via de bbl en zoek een nieuwe leerwerkplek [omdat mijn vorige bedrijf is gestopt|omdat ik verhuisd ben naar {plaats}|want mijn contract loopt af]",
        "Ik wil werken en leren tegelijk, daarom zoek ik een bbl-plek als {rol} [in {plaats}|in de regio]",
        "wie heeft er een bbl plek voor mij? ik wil {rol} worden",
    ];

    public static readonly string[] StudentTraits =
    [
        "ik ben altijd op tijd", "ik leer snel", "ik ben een harde werker", "ik ben eerlijk en betrouwbaar",
        "ik ben in het begin een beetje stil maar dat gaat snel over", "ik werk graag in een team", "ik neem graag initiatief",
        "ik ben sociaal en vrolijk", "ik ben rustig en precies", "ik hou van aanpakken", "ik vraag liever een keer te veel dan te weinig",
        "mijn docenten zeggen dat ik zelfstandig kan werken",
    ];

    public static readonly string[] StudentPractical =
    [
        "ik woon in {plaats} en kan [met de fiets|met de scooter|met het ov|met de metro] komen",
        "ik kan [ook in het weekend werken|ook avonddiensten doen|geen nachtdiensten ivm school]",
        "ik ben beschikbaar voor {uren} uur per week",
        "op [maandag|dinsdag|woensdag|donderdag|vrijdag] heb ik school",
        "ik kan starten vanaf {start}",
        "liefst niet verder dan {afstand} km van {plaats}",
    ];

    public static readonly string[] StudentCertificates =
    [
        "ik heb mijn {cert}", "heb mijn {cert} gehaald [vorig jaar|op school|via mijn bijbaan]", "ben bezig met mijn {cert}", "{cert} heb ik al",
        "ik heb ook mijn {cert}",
    ];

    // One of these at most per student: they contradict each other.
    public static readonly string[] StudentDriving =
    [
        "ik heb rijbewijs B", "ben bezig met mijn rijbewijs", "ik heb (nog) geen rijbewijs", "rijbewijs B heb ik, auto ook",
        "max {afstand} km reizen want ik heb geen auto", "ik heb een auto dus afstand maakt niet zo veel uit",
        "ik reis met het ov dus het moet wel bereikbaar zijn",
    ];

    public static readonly string[] StudentSoon = ["per direct", "zo snel mogelijk", "nu al", "meteen"];

    public static readonly string[] StudentLater = ["vanaf {maand}", "vanaf {start}", "per {start}", "vanaf begin {maand}"];

    public static readonly string[] StudentLanguages =
    [
        "ik spreek ook {talen}", "naast nederlands spreek ik {talen}", "ik spreek {talen}, dat is misschien handig",
    ];

    public static readonly string[] StudentHomeLanguage = ["thuis spreken we {thuistaal}", "ik spreek ook {thuistaal}, dat is mijn moedertaal"];

    // Newcomers who do not speak Dutch yet write in English.
    public static readonly string[] StudentEnglishOpeners =
    [
        "hi, I am looking for a {leerweg} place as {rol}", "Hello! I study {rol} (level {niveau}) and I need a {leerweg} placement",
        "looking for an internship or {leerweg} job as {rol}, I am learning Dutch", "I moved to {plaats} last year and I am looking for a {leerweg} place",
    ];

    public static readonly string[] StudentEnglishLines =
    [
        "I speak English and my Dutch is getting better every week", "I am motivated and I learn fast", "I have experience from my home country",
        "I can start {wanneer_en}", "I did an NT2 Dutch course last year", "I can travel max {afstand} km",
    ];

    public static readonly string[] StudentClosings =
    [
        "groetjes", "alvast bedankt", "hoop dat jullie iets voor mij hebben", "ik hoor graag van jullie", "doei", ":)",
        "bedankt voor het lezen", "mvg",
    ];
}
