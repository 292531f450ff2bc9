namespace Matching.Demo;

// Elderly care, home care, hospitals and GP practices. SBB sector 03.
internal static class CareBranch
{
    public static DemoBranch Create() => new(
        Key: "care",
        SectorCode: "zorg-welzijn-sport",
        CompanyWeight: 10,
        StudentWeight: 17,
        BblShare: 0.45,
        EmailLocals: ["stages", "leerlingen", "opleidingen", "werkenbij", "praktijkopleiding", "hr"],
        Cao: ["@nursinghome,homecare:de cao VVT", "@hospital:de cao Ziekenhuizen", "@gp:de cao Huisartsenzorg", "@pharmacy:de cao Apotheken", "@dental:onze praktijkregeling"],
        Benefits:
        [
            "Een vaste werkbegeleider en een praktijkopleider die je hele opleiding volgt",
            "@nursinghome,homecare,hospital:Een leerlingencontract met [doorbetaalde schooldagen|vergoeding van je boeken en lesgeld]",
            "@homecare:Een e-bike of scooter van de organisatie voor je rondes in de wijk",
            "@nursinghome,homecare,hospital:Maandelijkse intervisie met andere leerlingen",
            "@nursinghome,homecare,hospital,gp:Een goed pensioen via PFZW",
            "@nursinghome,homecare,hospital:Toeslagen voor onregelmatige diensten",
            "@gp,pharmacy,dental:Een vaste werkplek en geen weekenddiensten",
            "Trainingen in [omgaan met agressie|klinisch redeneren|palliatieve zorg]",
        ],
        Requirements:
        [
            "Je kunt een VOG overleggen (wij vragen die voor je aan)",
            "@nursinghome,homecare,hospital:Je bent bereid om in onregelmatige diensten te werken, ook in het weekend",
            "Je werkt hygiënisch en nauwkeurig",
            "Je kunt goed luisteren en stelt de cliënt centraal",
            "@homecare:Je hebt een fiets of scooter om je cliënten te bezoeken",
        ],
        StudentDomains:
        [
            "in de zorg", "@vig,nurse:in de ouderenzorg", "@nurse:in het ziekenhuis", "@vig,nurse:in de thuiszorg", "@gp-assistant:bij een huisarts",
            "@pharmacy-assistant:in een apotheek", "@dental-assistant:bij een tandarts",
        ],
        StudentMotivation:
        [
            "ik wil echt iets voor mensen betekenen", "in de zorg doe je er echt toe", "ik heb altijd al in de zorg willen werken",
            "ik krijg energie van mensen helpen", "zorg is een vak met toekomst",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "nursinghome",
                Weight: 5,
                Size: 3,
                PortAffinity: 0,
                Roles: ["vig", "nurse"],
                Names:
                [
                    "Zorggroep {hof}", "Woonzorgcentrum {hof}", "Verpleeghuis {hof}", "Zorgcentrum {hof}", "Stichting Zorggroep {water}",
                    "Zorggroep {water}oever", "Stichting {hof} Wonen en Zorg",
                ],
                Intros:
                [
                    "{bedrijf} biedt [wonen, zorg en welzijn|verpleeghuiszorg en revalidatie] voor ouderen in {plaats} en omgeving.",
                    "Bij {bedrijf} wonen [ongeveer 80|ruim 120|zestig] bewoners, [verdeeld over kleinschalige woongroepen|op vier afdelingen], elk met hun eigen verhaal.",
                    "{bedrijf} is een [middelgrote|regionale] zorgorganisatie met {medewerkers} medewerkers en [drie|vijf|zeven] locaties in de regio {regio}.",
                    "In ons huis {ingebied} draait het om de vraag: wat maakt de dag goed voor deze bewoner?",
                    "{bedrijf} is al jaren erkend leerbedrijf en leidt elk jaar tientallen leerlingen op, van helpende tot mbo-verpleegkundige.",
                ],
                Workplace:
                [
                    "Je werkt op een [psychogeriatrische afdeling|somatische afdeling|revalidatieafdeling|kleinschalige woongroep] met een vast team.",
                    "Onze locatie {ingebied} is goed bereikbaar met [tram en bus|de metro|de fiets].",
                ]),
            new DemoCompanyKind(
                Key: "homecare",
                Weight: 3,
                Size: 2,
                PortAffinity: 0,
                Roles: ["vig", "nurse"],
                Names:
                [
                    "Thuiszorg {water} B.V.", "Stichting Thuiszorg {plaats}", "Wijkzorg {gebied}", "Wijkverpleging {gebied}",
                    "Thuiszorg {hof}", "{plaats} Thuiszorg en Wijkverpleging",
                ],
                Intros:
                [
                    "{bedrijf} verleent zorg bij mensen thuis {ingebied} en de wijken eromheen.",
                    "Met [acht|twaalf|twintig] wijkteams zorgt {bedrijf} ervoor dat ouderen zo lang mogelijk thuis kunnen blijven wonen.",
                    "{bedrijf} is een [kleine|groeiende] thuiszorgorganisatie waar je de cliënten echt leert kennen.",
                    "In de wijkverpleging van {bedrijf} werk je zelfstandig, maar nooit alleen: je team zit altijd achter je.",
                ],
                Workplace:
                [
                    "Je start elke dienst op het wijkkantoor {ingebied} en gaat daarna [op de fiets|met de e-bike|met de scooter] de wijk in.",
                    "Je werkt met een vaste route met [tien tot vijftien|acht tot twaalf] cliënten per dienst.",
                ]),
            new DemoCompanyKind(
                Key: "hospital",
                Weight: 1,
                Size: 8,
                PortAffinity: 0,
                Roles: ["nurse", "vig"],
                Names: ["Ziekenhuis {hof}", "Medisch Centrum {hof}", "Ziekenhuis {hof} {plaats}"],
                Intros:
                [
                    "{bedrijf} is een [algemeen|topklinisch] ziekenhuis met [1.800|2.500|3.200] medewerkers in {plaats}.",
                    "Bij {bedrijf} werken we met [meer dan dertig|ruim twintig] specialismen samen om patiënten uit de regio {regio} de beste zorg te geven.",
                    "{bedrijf} heeft een eigen leerhuis waar mbo-leerlingen samen met hbo-studenten leren.",
                ],
                Workplace:
                [
                    "Je werkt op een [verpleegafdeling interne geneeskunde|afdeling chirurgie|afdeling cardiologie|geriatrische afdeling|revalidatieafdeling] met [28|32|36] bedden.",
                    "Je volgt je opleiding in een leerafdeling, samen met andere studenten.",
                ]),
            new DemoCompanyKind(
                Key: "gp",
                Weight: 2,
                Size: 1,
                PortAffinity: 0,
                Roles: ["gp-assistant"],
                Names: ["Huisartsenpraktijk {gebied}", "Gezondheidscentrum {hof}", "Huisartsenpraktijk {familie} en {familie}", "Huisartsen {hof}"],
                Intros:
                [
                    "{bedrijf} is een [drukke|gezellige|moderne] huisartsenpraktijk {ingebied} met [vier|zes|acht] collega's en ruim [4.000|6.500|9.000] patiënten.",
                    "Bij {bedrijf} {ingebied} helpen we dagelijks [honderd|zo'n 150] patiënten uit de buurt.",
                    "{bedrijf} werkt nauw samen met de apotheek, de wijkverpleging en de fysiotherapie in [het gezondheidscentrum|de wijk].",
                ],
                Workplace: ["De praktijk zit [in een nieuw gezondheidscentrum|midden in de wijk], goed bereikbaar met de fiets en het ov."]),
            new DemoCompanyKind(
                Key: "pharmacy",
                Weight: 1,
                Size: 1,
                PortAffinity: 0,
                Roles: ["pharmacy-assistant"],
                Names: ["Apotheek {gebied}", "Apotheek {hof}", "Service Apotheek {familie}", "Apotheek {familie}"],
                Intros:
                [
                    "{bedrijf} is een [zelfstandige|drukke] openbare apotheek {ingebied} met een team van [zes|negen|twaalf] apothekersassistenten.",
                    "{bedrijf} levert medicijnen aan [patiënten uit de wijk|verpleeghuizen en thuiszorg|ruim 8.000 vaste klanten] en geeft farmaceutische zorg.",
                ],
                Workplace: ["Je werkt aan de balie, in de bereiding en in de back office."]),
            new DemoCompanyKind(
                Key: "dental",
                Weight: 1,
                Size: 1,
                PortAffinity: 0,
                Roles: ["dental-assistant"],
                Names: ["Tandartspraktijk {familie}", "Mondzorg {gebied}", "Tandartsenpraktijk {hof}", "Mondzorgcentrum {plaats}"],
                Intros:
                [
                    "{bedrijf} is een [moderne|familie]praktijk {ingebied} met [drie|vijf] behandelkamers en een eigen mondhygiënist.",
                    "Bij {bedrijf} zorgen [vier|zes] tandartsen en hun assistenten voor de mondgezondheid van patiënten uit {plaats}.",
                ],
                Workplace: ["Je assisteert in de behandelkamer en werkt aan de balie."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "vig",
                Weight: 8,
                Qualifications: [("verzorgende-IG", 10), ("Maatschappelijk verzorgende-IG plus", 3), ("Helpende Zorg en Welzijn", 4)],
                Specialisations: ["@nursinghome:psychogeriatrie", "@nursinghome:somatiek", "@homecare:wijkverpleging", "@nursinghome,hospital:revalidatie", "@nursinghome:kleinschalig wonen"],
                Tasks:
                [
                    "Je helpt cliënten bij de persoonlijke verzorging: wassen, aankleden en eten",
                    "Je voert verpleegtechnische handelingen uit, zoals [medicatie aanreiken|wondverzorging|steunkousen aantrekken|insuline toedienen], onder begeleiding",
                    "Je rapporteert in het elektronisch cliëntendossier [ONS|Caren|het ECD]",
                    "Je signaleert veranderingen in de gezondheid van cliënten en bespreekt die met de EVV'er",
                    "@nursinghome:Je zorgt voor een fijne dag voor de bewoners, met aandacht voor wat zij belangrijk vinden",
                    "Je werkt mee aan het zorgleefplan en voert de afspraken daaruit uit",
                    "Je werkt in [vroege, late en soms weekenddiensten|een rooster met vroege en late diensten]",
                    "@homecare:Je gaat langs cliënten thuis in de wijk rond {degebied}",
                    "@nursinghome:Je ondersteunt bewoners met dementie bij dagelijkse activiteiten",
                    "Je hebt contact met familie en mantelzorgers over hoe het gaat",
                ],
                SeniorTasks:
                [
                    "Je bent eerst verantwoordelijk verzorgende voor een aantal cliënten",
                    "Je voert evaluatiegesprekken met familie en mantelzorgers",
                    "Je begeleidt stagiairs van niveau 2",
                ],
                Requirements:
                [
                    "Je hebt een warm hart voor ouderen en mensen met een zorgvraag",
                    "Je bent geduldig en kunt goed luisteren",
                    "Je blijft rustig als het druk is of als er iets onverwachts gebeurt",
                    "Je durft aan te geven wat je nog niet kunt",
                ],
                Certificates: ["rijbewijs B", "BHV-diploma"],
                StudentExperience:
                [
                    "heb al ervaring in de thuiszorg via mijn bijbaan", "ik zorg thuis voor mijn oma",
                    "ik werk als gastvrouw in een verpleeghuis in {plaats}", "ik heb vrijwilligerswerk gedaan bij een dagbesteding voor ouderen",
                    "ik heb al een jaar een bijbaan als zorghulp", "mijn vorige stage was op een pg-afdeling en dat beviel heel goed",
                ],
                StudentTraits:
                [
                    "ik ben geduldig en werk graag met ouderen", "ik ben zorgzaam en kan goed luisteren",
                    "ik blijf rustig als er iets gebeurt", "mensen zeggen dat ik goed met oudere mensen om kan gaan",
                ],
                StudentInterests:
                [
                    "ik wil later doorleren voor verpleegkundige", "psychogeriatrie vind ik heel interessant",
                    "ik wil graag in de wijkverpleging werken", "het liefst werk ik op een afdeling met mensen met dementie",
                ]),
            new DemoRole(
                Key: "nurse",
                Weight: 6,
                Qualifications: [("Mbo-Verpleegkundige", 10)],
                Specialisations:
                [
                    "@hospital:interne geneeskunde", "@hospital:chirurgie", "@homecare:wijkverpleging", "revalidatie", "geriatrie",
                    "@nursinghome:psychogeriatrie",
                ],
                Tasks:
                [
                    "Je verzorgt [patiënten|cliënten] en voert verpleegtechnische handelingen uit, zoals [een infuus aansluiten|katheteriseren|wondzorg|medicatie klaarzetten en controleren]",
                    "Je meet en registreert vitale functies en herkent wanneer iemand achteruitgaat",
                    "Je draagt over volgens SBAR, zodat de volgende dienst precies weet wat er speelt",
                    "@hospital:Je begeleidt patiënten bij opname en ontslag en geeft voorlichting aan familie",
                    "@hospital:Je loopt mee met de visite en bespreekt het zorgplan met de arts",
                    "Je rapporteert in het elektronisch dossier [HiX|Epic|Nedap ONS]",
                    "Je werkt in een team met verpleegkundigen, verzorgenden en [specialisten|de specialist ouderengeneeskunde]",
                    "@homecare:Je doet indicatiestellingen samen met de wijkverpleegkundige en zet de zorg thuis op",
                ],
                SeniorTasks:
                [
                    "Je coördineert de zorg voor een groep [patiënten|cliënten] tijdens je dienst",
                    "Je begeleidt eerstejaars stagiairs",
                    "Je denkt mee over kwaliteit en veiligheid op de afdeling",
                ],
                Requirements:
                [
                    "Je kunt goed schakelen en blijft kalm in acute situaties",
                    "Je bent bereid om in drie diensten te werken",
                    "Je bent communicatief sterk, ook richting familie",
                    "Je hebt de voorbehouden handelingen van je opleidingsjaar op school geoefend",
                ],
                Certificates: ["BLS-certificaat", "BHV-diploma"],
                StudentExperience:
                [
                    "ik heb stage gelopen op een interne afdeling in het ziekenhuis", "ik werk als zorgassistent in een verpleeghuis",
                    "in mijn vorige stage heb ik veel wondzorg gedaan", "ik heb mijn VIG-diploma al en wil nu verder als verpleegkundige",
                ],
                StudentTraits:
                [
                    "ik blijf rustig in stressvolle situaties", "ik leer snel en vraag veel", "ik kan goed met mensen uit allerlei culturen omgaan",
                ],
                StudentInterests:
                [
                    "ik wil graag ervaring opdoen in het ziekenhuis", "de spoedeisende hulp lijkt me super interessant",
                    "later wil ik de hbo-v doen", "ik wil graag in de wijk werken",
                ]),
            new DemoRole(
                Key: "gp-assistant",
                Weight: 2,
                Qualifications: [("Doktersassistent", 10)],
                Specialisations: ["huisartsenpraktijk", "gezondheidscentrum"],
                Tasks:
                [
                    "Je staat aan de [balie|telefoon] en maakt afspraken voor patiënten",
                    "Je doet de telefonische triage volgens de NHG-TriageWijzer, onder supervisie van de huisarts",
                    "Je voert kleine medische handelingen uit, zoals [bloeddruk meten|oren uitspuiten|injecties geven|een uitstrijkje maken]",
                    "Je werkt in [het HIS|Medicom|Promedico] en houdt het dossier bij",
                    "Je steriliseert instrumenten en houdt de spreekkamers op orde",
                    "Je bent het eerste aanspreekpunt voor patiënten uit {degebied} en omgeving",
                ],
                SeniorTasks: ["Je houdt zelfstandig een spreekuur voor [wratten aanstippen|hechtingen verwijderen]", "Je helpt bij het inwerken van nieuwe collega's"],
                Requirements: ["Je bent klantvriendelijk en blijft rustig aan de telefoon", "Je werkt nauwkeurig en hygiënisch", "Je gaat vertrouwelijk om met informatie"],
                Certificates: ["BHV-diploma", "reanimatiecertificaat"],
                StudentExperience:
                [
                    "ik heb bij de balie van een sportschool gewerkt dus klantcontact ben ik gewend", "ik heb een bijbaan bij een drogist",
                    "in mijn vorige stage op een huisartsenpost deed ik de telefoon",
                ],
                StudentTraits: ["ik ben vriendelijk en geduldig aan de telefoon", "ik kan goed multitasken", "ik ben precies en netjes"],
                StudentInterests: ["ik vind het medische erg interessant", "ik wil graag in een huisartsenpraktijk werken"]),
            new DemoRole(
                Key: "pharmacy-assistant",
                Weight: 1,
                Qualifications: [("Apothekersassistent", 10)],
                Specialisations: ["openbare apotheek", "baliefunctie"],
                Tasks:
                [
                    "Je geeft medicijnen mee aan de balie en legt uit hoe ze gebruikt moeten worden",
                    "Je controleert recepten op interacties en dosering",
                    "Je bereidt zalven, drankjes en medicijnrollen voor verpleeghuizen",
                    "Je verwerkt herhaalrecepten in Pharmacom",
                    "Je beantwoordt vragen van patiënten, huisartsen en de thuiszorg",
                ],
                SeniorTasks: ["Je voert medicatiegesprekken bij een eerste uitgifte", "Je beheert de voorraad en bestellingen"],
                Requirements: ["Je werkt nauwkeurig en controleert je eigen werk", "Je bent klantvriendelijk aan de balie", "Je gaat vertrouwelijk om met informatie"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["mijn moeder werkt in een apotheek en ik heb daar een keer meegelopen", "ik heb een bijbaan bij een drogist"],
                StudentTraits: ["ik ben heel precies", "ik kan goed uitleggen"],
                StudentInterests: ["ik vind medicijnen en hoe ze werken heel interessant"]),
            new DemoRole(
                Key: "dental-assistant",
                Weight: 1,
                Qualifications: [("Tandartsassistent", 10)],
                Specialisations: ["mondzorg", "algemene praktijk"],
                Tasks:
                [
                    "Je assisteert de tandarts aan de stoel: afzuigen, instrumenten aangeven en materialen mengen",
                    "Je maakt röntgenfoto's en verwerkt ze in het patiëntendossier",
                    "Je steriliseert instrumenten en bereidt de behandelkamer voor",
                    "Je geeft patiënten poetsinstructie en voorlichting",
                    "Je plant afspraken en beantwoordt de telefoon",
                ],
                SeniorTasks: ["Je voert zelfstandig preventieve behandelingen uit, zoals fluoride en sealen", "Je beheert de voorraad"],
                Requirements: ["Je werkt hygiënisch en nauwkeurig", "Je stelt angstige patiënten op hun gemak"],
                Certificates: ["BHV-diploma", "certificaat stralingshygiëne"],
                StudentExperience: ["ik heb een beugel gehad en vond het altijd interessant wat de orthodontist deed", "ik heb een snuffelstage bij een tandarts gedaan"],
                StudentTraits: ["ik werk netjes en hygiënisch", "ik stel mensen makkelijk op hun gemak"],
                StudentInterests: ["later wil ik mondhygiënist worden"]),
        ]);
}
