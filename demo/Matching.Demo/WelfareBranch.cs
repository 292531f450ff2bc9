namespace Matching.Demo;

// Disability care, childcare, social work and sport. SBB sector 03.
internal static class WelfareBranch
{
    public static DemoBranch Create() => new(
        Key: "welfare",
        SectorCode: "zorg-welzijn-sport",
        CompanyWeight: 5,
        StudentWeight: 10,
        BblShare: 0.3,
        EmailLocals: ["stages", "werkenbij", "hr", "info", "stagebureau"],
        Cao: ["@disability:de cao Gehandicaptenzorg", "@childcare:de cao Kinderopvang", "@community:de cao Sociaal Werk", "@sportclub:de cao Sport", "@school:de cao Primair Onderwijs"],
        Benefits:
        [
            "Een vaste begeleider die tijd voor je maakt, ook voor reflectie",
            "Trainingen in [de-escalerend werken|methodisch werken|spelbegeleiding]",
            "@childcare:Een leerzame plek in een team dat al jaren samenwerkt",
            "@disability:Intervisie met andere leerlingen",
            "Toeslagen voor avond- en weekenddiensten",
            "Ruimte voor je eigen ideeën en activiteiten",
        ],
        Requirements:
        [
            "Je kunt een VOG overleggen",
            "Je kunt goed reflecteren op je eigen handelen",
            "Je bent creatief en neemt initiatief",
            "@disability:Je bent bereid om ook in avond- en weekenddiensten te werken",
        ],
        StudentDomains:
        [
            "@support:in de gehandicaptenzorg", "@support:in de begeleiding", "@childcare-work:in de kinderopvang", "@classroom:op een basisschool",
            "@social:in het sociaal werk", "@social:in het welzijnswerk", "@sport:in de sport",
        ],
        StudentMotivation:
        [
            "@support,social:ik wil mensen helpen om hun eigen leven te leiden", "@childcare-work,classroom,sport:ik werk graag met kinderen", "@social,sport:ik wil iets betekenen voor de wijk",
            "@social:ik ben zelf ook geholpen door een jongerenwerker en wil dat nu zelf doen",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "disability",
                Weight: 3,
                Size: 2,
                PortAffinity: 0,
                Roles: ["support"],
                Names: ["Stichting {hof}", "Zorginstelling {hof}", "Woonvoorziening {hof}", "Dagbesteding {gebied}", "Stichting Begeleid Wonen {plaats}"],
                Intros:
                [
                    "{bedrijf} ondersteunt mensen met een [verstandelijke beperking|psychische kwetsbaarheid|licht verstandelijke beperking] bij wonen, werken en vrije tijd.",
                    "Op onze locatie {ingebied} wonen [16|24|32] cliënten in kleine groepen, met begeleiding dag en nacht.",
                    "{bedrijf} heeft {medewerkers} medewerkers en werkt vanuit de vraag: wat kan de cliënt zelf, en waar helpen wij?",
                ],
                Workplace:
                [
                    "Je werkt op een woongroep of bij de dagbesteding, in een vast team.",
                    "De locatie ligt [in een rustige woonwijk|midden {ingebied}] en is goed bereikbaar met het ov.",
                ]),
            new DemoCompanyKind(
                Key: "childcare",
                Weight: 3,
                Size: 2,
                PortAffinity: 0,
                Roles: ["childcare-work"],
                Names: ["Kinderopvang {hof}", "Kinderdagverblijf {hof}", "Kinderopvang {gebied}", "BSO {hof}", "Kindcentrum {hof}"],
                Intros:
                [
                    "{bedrijf} heeft [drie|vijf|acht] locaties voor dagopvang, peuteropvang en BSO in {plaats}.",
                    "Bij {bedrijf} {ingebied} spelen en leren elke dag [zo'n 60|ruim 100|45] kinderen van 0 tot 12 jaar.",
                    "{bedrijf} werkt met [het VVE-programma Uk & Puk|de Piramide-methode|een groene, natuurrijke visie] en heeft een eigen moestuin.",
                ],
                Workplace: ["Je staat op een vaste groep, samen met een ervaren pedagogisch medewerker.", "Onze locatie ligt midden in de wijk, naast de basisschool."]),
            new DemoCompanyKind(
                Key: "school",
                Weight: 2,
                Size: 1,
                PortAffinity: 0,
                Roles: ["classroom"],
                Names: ["Basisschool {hof}", "Openbare Basisschool {gebied}", "Stichting Basisonderwijs {plaats}", "IKC {hof}"],
                Intros:
                [
                    "{bedrijf} is een basisschool {ingebied} met [220|340|480] leerlingen uit [veel verschillende culturen|de hele wijk].",
                    "Op {bedrijf} werken we met [unitonderwijs|kleine instructiegroepen|een sterke focus op taal en lezen].",
                ],
                Workplace: ["Je werkt in [groep 1-2|de middenbouw|de bovenbouw] samen met een ervaren leerkracht."]),
            new DemoCompanyKind(
                Key: "community",
                Weight: 1,
                Size: 1,
                PortAffinity: 0,
                Roles: ["social"],
                Names: ["Welzijn {plaats}", "Stichting Buurtwerk {gebied}", "Jongerencentrum {gebied}", "Stichting Wijkkracht {gebied}"],
                Intros:
                [
                    "{bedrijf} organiseert buurtactiviteiten, jongerenwerk en ouderenwerk {ingebied}.",
                    "Met een team van professionals en [veel|zo'n 80] vrijwilligers maakt {bedrijf} de wijk sterker.",
                    "{bedrijf} werkt nauw samen met scholen, de gemeente en het wijkteam in {plaats}.",
                ],
                Workplace: ["Je werkt vanuit [het buurthuis|het wijkcentrum] {ingebied}, vaak ook op straat of op het pleintje."]),
            new DemoCompanyKind(
                Key: "sportclub",
                Weight: 1,
                Size: 1,
                PortAffinity: 0,
                Roles: ["sport"],
                Names: ["Sportclub {plaats}", "Sportbedrijf {plaats}", "Sportcentrum {gebied}", "Fitnesscentrum {hof}"],
                Intros:
                [
                    "{bedrijf} organiseert sport en bewegen voor alle leeftijden {ingebied}.",
                    "{bedrijf} heeft [een sporthal, een fitnesszaal en een buitenveld|drie zalen en een zwembad] en zo'n [800|1.500] leden.",
                ],
                Workplace: ["Je werkt in de sporthal, op het veld en op de schoolpleinen {ingebied}."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "support",
                Weight: 4,
                Qualifications:
                [
                    ("Begeleider maatschappelijke zorg", 5), ("Persoonlijk begeleider maatschappelijke zorg", 4), ("Begeleider gehandicaptenzorg", 2),
                    ("Persoonlijk begeleider gehandicaptenzorg", 2), ("Maatschappelijk zorgprofessional plus", 2), ("Agogisch medewerker GGZ", 2),
                ],
                Specialisations: ["woongroep", "dagbesteding", "ambulante begeleiding", "LVB"],
                Tasks:
                [
                    "Je begeleidt cliënten bij hun dagelijkse dingen: koken, boodschappen, geldzaken en afspraken",
                    "Je organiseert activiteiten op de groep en bij de dagbesteding",
                    "Je werkt methodisch aan de doelen in het ondersteuningsplan",
                    "Je herkent spanning bij cliënten en weet hoe je de-escaleert",
                    "Je rapporteert in het cliëntdossier en bespreekt je observaties in het teamoverleg",
                    "Je helpt bij de persoonlijke verzorging waar dat nodig is",
                ],
                SeniorTasks:
                [
                    "Je bent persoonlijk begeleider van [twee|drie] cliënten en voert de gesprekken met hun netwerk",
                    "Je stelt samen met de cliënt het ondersteuningsplan op",
                ],
                Requirements:
                [
                    "Je bent stevig in je schoenen en houdt rust in lastige situaties",
                    "Je kunt goed grenzen aangeven",
                    "Je bent geduldig en ziet de mens achter de beperking",
                ],
                Certificates: ["BHV-diploma", "rijbewijs B"],
                StudentExperience:
                [
                    "mijn broertje heeft autisme dus ik weet hoe belangrijk structuur is",
                    "ik heb vrijwilligerswerk gedaan bij een zorgboerderij", "ik werk in het weekend op een logeerhuis",
                ],
                StudentTraits: ["ik ben geduldig en kan goed grenzen aangeven", "ik blijf rustig als iemand boos wordt", "ik ben creatief met activiteiten"],
                StudentInterests: ["ik wil graag met jongeren met een LVB werken", "GGZ vind ik heel interessant"]),
            new DemoRole(
                Key: "childcare-work",
                Weight: 3,
                Qualifications: [("Pedagogisch medewerker kinderopvang", 6), ("Gespecialiseerd pedagogisch medewerker", 2)],
                Specialisations: ["dagopvang", "BSO", "peuteropvang", "VVE"],
                Tasks:
                [
                    "Je begeleidt een groep kinderen bij spelen, eten en slapen",
                    "Je bedenkt en organiseert activiteiten die passen bij de leeftijd van de kinderen",
                    "Je observeert de ontwikkeling van kinderen en bespreekt die met ouders",
                    "Je zorgt voor een veilige en schone groepsruimte",
                    "Je doet de overdracht aan ouders bij het ophalen",
                    "Je gaat met de BSO-kinderen naar [het park|de speeltuin|de sporthal]",
                ],
                SeniorTasks: ["Je stelt ontwikkelingsplannen op voor kinderen die extra ondersteuning nodig hebben", "Je coacht nieuwe collega's op de groep"],
                Requirements: ["Je vindt het leuk om met kinderen te werken en bent geduldig", "Je kunt goed communiceren met ouders", "Je bent creatief en speels"],
                Certificates: ["kinder-EHBO", "BHV-diploma"],
                StudentExperience:
                [
                    "ik pas al jaren op kinderen in de buurt", "mijn vorige stage was op een bso en dat vond ik super leuk",
                    "ik help op zaterdag bij de koranschool met de kleintjes", "ik heb een bijbaan als oppas via een oppasbureau",
                ],
                StudentTraits: ["ik ben geduldig en speels", "ik kan goed met kinderen omgaan", "ik ben creatief"],
                StudentInterests: ["ik wil graag in de peuteropvang werken", "later wil ik naar de pabo"]),
            new DemoRole(
                Key: "classroom",
                Weight: 2,
                Qualifications: [("Onderwijsassistent", 10)],
                Specialisations: ["onderbouw", "bovenbouw", "basisonderwijs"],
                Tasks:
                [
                    "Je ondersteunt de leerkracht in de klas bij [lezen en rekenen|kleine groepjes|kinderen die extra aandacht nodig hebben]",
                    "Je geeft verlengde instructie aan een groepje leerlingen",
                    "Je helpt bij het voorbereiden van lessen en materialen",
                    "Je surveilleert op het plein en begeleidt uitstapjes",
                    "Je leest voor en oefent woordenschat met kinderen die Nederlands als tweede taal leren",
                ],
                SeniorTasks: ["Je geeft zelfstandig een les onder begeleiding van de leerkracht", "Je volgt de voortgang van een groepje leerlingen"],
                Requirements: ["Je vindt het leuk om kinderen te helpen leren", "Je bent geduldig en duidelijk"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["ik geef bijles aan kinderen uit mijn straat", "ik ben trainer bij de voetbalclub van de jeugd"],
                StudentTraits: ["ik kan goed uitleggen", "ik ben geduldig"],
                StudentInterests: ["later wil ik naar de pabo", "ik wil graag in groep 1-2 werken"]),
            new DemoRole(
                Key: "social",
                Weight: 2,
                Qualifications: [("Sociaal werker", 6)],
                Specialisations: ["jongerenwerk", "ouderenwerk", "buurtwerk"],
                Tasks:
                [
                    "Je legt contact met jongeren op straat en in het jongerencentrum",
                    "Je organiseert activiteiten voor en met buurtbewoners",
                    "Je helpt mensen de weg te vinden naar hulp en voorzieningen",
                    "Je werkt samen met het wijkteam, de school en de wijkagent",
                ],
                SeniorTasks: ["Je begeleidt vrijwilligers", "Je schrijft mee aan projectplannen voor de wijk"],
                Requirements: ["Je kunt makkelijk contact maken met mensen van allerlei achtergronden", "Je bent flexibel en ook 's avonds beschikbaar"],
                Certificates: ["rijbewijs B"],
                StudentExperience: ["ik doe vrijwilligerswerk bij het buurthuis", "ik heb meegeholpen met een voedselbank in {plaats}"],
                StudentTraits: ["ik kan goed met jongeren praten", "ik ben open en nieuwsgierig"],
                StudentInterests: ["ik wil jongerenwerker worden in mijn eigen wijk"]),
            new DemoRole(
                Key: "sport",
                Weight: 2,
                Qualifications: [("Sport- en bewegingsleider", 4), ("Buurtsportcoach", 3), ("Trainer-coach/Instructeur", 2), ("Medewerker sport en recreatie", 2)],
                Specialisations: ["buurtsport", "fitness", "schoolsport"],
                Tasks:
                [
                    "Je geeft sport- en spelactiviteiten aan kinderen na schooltijd",
                    "Je begeleidt [gymlessen|sportclinics|beweegprogramma's voor ouderen]",
                    "Je helpt bij de organisatie van toernooien en sportdagen",
                    "Je motiveert mensen die weinig bewegen om mee te doen",
                ],
                SeniorTasks: ["Je zet zelf een nieuw sportaanbod op in de wijk", "Je onderhoudt contact met scholen en verenigingen"],
                Requirements: ["Je bent sportief en enthousiast", "Je kunt een groep goed aansturen"],
                Certificates: ["EHBO-diploma", "rijbewijs B"],
                StudentExperience: ["ik geef al twee jaar training bij mijn kickboksclub", "ik help bij de zaterdagochtendtraining van de jeugd"],
                StudentTraits: ["ik ben sportief en kan kinderen goed motiveren", "ik ben energiek"],
                StudentInterests: ["ik wil buurtsportcoach worden", "later wil ik naar de ALO"]),
        ]);
}
