namespace Matching.Demo;

// Warehousing, distribution and road transport around Rotterdam. SBB sector 02.
internal static class LogisticsBranch
{
    public static DemoBranch Create() => new(
        Key: "logistics",
        SectorCode: "mobiliteit-transport-logistiek-maritiem",
        CompanyWeight: 11,
        StudentWeight: 8,
        BblShare: 0.35,
        EmailLocals: ["stages", "hr", "werkenbij", "recruitment", "planning", "info"],
        Cao: ["@transport:de cao Beroepsgoederenvervoer", "@warehouse:de cao voor de groothandel", "@warehouse:onze bedrijfs-cao"],
        Benefits:
        [
            "Een [heftruck|reachtruck]certificaat op onze kosten",
            "Werkkleding en veiligheidsschoenen",
            "@driving:Je rijbewijs C en code 95, betaald door ons",
            "Toeslagen voor avond- en weekenddiensten",
            "Een hecht team en elke vrijdag een borrel",
            "Personeelskorting in onze webshop",
            "Een kans op een vast contract na je opleiding",
        ],
        Requirements:
        [
            "Je bent beschikbaar voor minimaal {uren} uur per week",
            "Je spreekt en begrijpt Nederlands, zodat je de veiligheidsinstructies kunt volgen",
            "Je bent betrouwbaar, gemotiveerd en op tijd",
            "Je houdt je aan de veiligheidsregels",
            "@warehouse:Je kunt tegen een stootje in de drukke maanden voor de feestdagen",
        ],
        StudentDomains: ["in de logistiek", "@warehouse-work:in een magazijn", "@warehouse-work:in een distributiecentrum", "@driving:in het transport", "@driving:bij een transportbedrijf"],
        StudentMotivation:
        [
            "logistiek is echt iets voor mij", "ik hou van aanpakken en tempo", "ik wil iets waar ik niet de hele dag stil zit",
            "ik vind het leuk als alles op tijd de deur uit gaat",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "warehouse",
                Weight: 6,
                Size: 3,
                PortAffinity: 0.1,
                Roles: ["warehouse-work"],
                Names:
                [
                    "{familie} Logistics B.V.", "{plaats} Warehousing B.V.", "{water} Fulfilment B.V.",
                    "{familie} Warehousing & Distribution B.V.", "Rijnmond Fulfilment Services B.V.",
                    "{gebied} Distributie B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een logistiek dienstverlener met een distributiecentrum van [20.000|35.000|60.000] m² in {plaats}.",
                    "Vanuit {plaats} verzorgt {bedrijf} opslag, orderpicking en distributie voor [webshops|supermarkten|groothandels in bouwmaterialen|bekende merken] in de Benelux.",
                    "{bedrijf} is een familiebedrijf sinds {jaar}, met {medewerkers} medewerkers.",
                    "Bij {bedrijf} in {plaats} komen dagelijks [honderden|duizenden] pallets binnen en gaan ze net zo snel weer de deur uit.",
                    "Als erkend leerbedrijf leidt {bedrijf} elk jaar studenten op in het magazijn.",
                    "{bedrijf} [slaat gekoelde en bevroren producten op|verwerkt de online bestellingen van verschillende webshops|levert onderdelen aan garages en installateurs] in heel Nederland.",
                ],
                Workplace:
                [
                    "Ons DC ligt op een bedrijventerrein in {plaats} en is goed bereikbaar met [de bus|de fiets|de auto].",
                    "Je werkt in een [modern|grotendeels geautomatiseerd|recent uitgebreid] magazijn met [een shuttlesysteem|pick-to-light|voice picking].",
                    "In de kantine staat altijd verse koffie en er is een gratis lunch op zaterdag.",
                ]),
            new DemoCompanyKind(
                Key: "transport",
                Weight: 4,
                Size: 2,
                PortAffinity: 0.25,
                Roles: ["driving", "warehouse-work"],
                Names:
                [
                    "{familie} Transport B.V.", "Transportbedrijf {familie} B.V.", "{familie} & Zn. Transport B.V.", "{water} Container Transport B.V.",
                    "{familie} Koeltransport B.V.", "Expeditiebedrijf {familie} B.V.", "{familie} Internationaal Transport B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een transportbedrijf uit {plaats} met een eigen wagenpark van [20|45|80] vrachtwagens en {medewerkers} medewerkers.",
                    "Sinds {jaar} rijdt {bedrijf} [containers tussen de haven en het achterland|koel- en vriesproducten door de Benelux|bouwmaterialen naar bouwplaatsen in de regio {regio}].",
                    "Bij {bedrijf} is de sfeer [informeel|familiair]: de eigenaar rijdt zelf nog regelmatig mee.",
                    "{bedrijf} combineert transport met opslag in een eigen loods in {plaats}.",
                ],
                Workplace:
                [
                    "Onze vestiging ligt vlak bij de snelweg in {plaats}.",
                    "Je rijdt in [een nieuwe|een goed onderhouden] vrachtwagen met alle moderne veiligheidssystemen.",
                ]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "warehouse-work",
                Weight: 7,
                Qualifications:
                [
                    ("Logistiek medewerker", 10), ("Logistiek teamleider", 3), ("Logistiek supervisor", 1), ("Specialist transport en logistiek", 1),
                ],
                Specialisations: ["magazijn", "orderpicking", "inbound", "expeditie", "e-commerce", "cross-dock", "koel- en vriesmagazijn", "retourverwerking"],
                Tasks:
                [
                    "Je verzamelt orders met [een WMS-scanner|voice picking|een handterminal] en zet ze klaar voor transport",
                    "Je lost en laadt vrachtwagens en controleert de binnenkomende goederen op aantallen en schade",
                    "Je rijdt met de [elektrische palletwagen|heftruck|reachtruck] en slaat pallets op in de stellingen",
                    "Je boekt ontvangsten en verzendingen in het WMS en zorgt dat de voorraad klopt",
                    "Je doet mee aan cyclische tellingen en de jaarlijkse inventarisatie",
                    "Je verpakt en labelt zendingen voor klanten in [Nederland|heel Europa]",
                    "Je houdt je werkplek en de gangpaden opgeruimd, want veilig werken staat voorop",
                    "Je werkt in [tweeploegendienst|dagdienst|een vroege of late dienst] in ons distributiecentrum in {plaats}",
                    "Je verwerkt retouren en beoordeelt of producten terug de voorraad in kunnen",
                    "Je controleert de temperatuur van gekoelde producten en registreert die volgens HACCP",
                ],
                SeniorTasks:
                [
                    "Je verdeelt het werk over de ploeg en bewaakt de voortgang van de orders",
                    "Je werkt nieuwe collega's en uitzendkrachten in",
                    "Je analyseert de prestaties van het magazijn en stelt verbeteringen voor",
                    "Je overlegt met de planning over de laadvolgorde van de vrachtwagens",
                ],
                Requirements:
                [
                    "Je bent fysiek fit en tilt zonder problemen dozen tot 23 kilo",
                    "Je werkt nauwkeurig en houdt van tempo",
                    "Je bent bereid om in ploegendienst te werken",
                    "Je bent stressbestendig in de piekperiodes",
                ],
                Certificates: ["heftruckcertificaat", "reachtruckcertificaat", "VCA basis"],
                StudentExperience:
                [
                    "ik werk nu als orderpicker in een distributiecentrum in {plaats}",
                    "ik heb een bijbaan bij een supermarkt en help vaak bij het lossen van de vrachtwagen",
                    "vorig jaar heb ik stage gelopen in een magazijn en daar heb ik met de WMS-scanner leren werken",
                    "heb in de zomer bij een webshop pakketjes ingepakt",
                    "ik heb via een uitzendbureau in een koelcel gewerkt, kou maakt me niks uit",
                ],
                StudentTraits:
                [
                    "ik werk snel en netjes", "ik vind het fijn als ik de hele dag in beweging ben", "ik kan goed tegen drukte",
                    "ik ben nauwkeurig, ik tel liever twee keer",
                ],
                StudentInterests:
                [
                    "ik wil later teamleider worden in een DC", "ik vind het interessant hoe een magazijn georganiseerd is",
                    "ik wil graag leren reachtruck rijden",
                ]),
            new DemoRole(
                Key: "driving",
                Weight: 3,
                Qualifications: [("Chauffeur wegvervoer", 6), ("Allround chauffeur wegvervoer", 3), ("Planner wegtransport", 2)],
                Specialisations: ["distributie", "containervervoer", "internationaal", "koeltransport", "bouwtransport"],
                Tasks:
                [
                    "Je rijdt samen met een ervaren chauffeur [distributieritten in de regio|containerritten tussen de terminals en het achterland|ritten naar België en Duitsland]",
                    "Je leert de vrachtwagen veilig te laden en de lading goed te zekeren",
                    "Je doet de dagelijkse controle van je voertuig: banden, verlichting en olie",
                    "Je verwerkt ritgegevens en handtekeningen met de boordcomputer",
                    "Je haalt je rijbewijs C(E) en code 95 in de tijd dat je bij ons werkt",
                    "Je bent het visitekaartje van {bedrijf} bij de klant",
                ],
                SeniorTasks:
                [
                    "Je maakt de ritplanning voor de volgende dag en houdt rekening met rij- en rusttijden",
                    "Je houdt contact met klanten en chauffeurs over wijzigingen",
                    "Je zoekt de efficiëntste routes met ons planningssysteem",
                ],
                Requirements:
                [
                    "Je hebt rijbewijs B en bent bereid C en E te halen",
                    "Je bent klantvriendelijk en representatief",
                    "Je kunt zelfstandig werken en houdt je aan de rij- en rusttijden",
                    "Je bent minimaal 18 jaar",
                ],
                Certificates: ["rijbewijs B", "rijbewijs C", "code 95"],
                StudentExperience:
                [
                    "ik heb mijn rijbewijs B al en ben bezig met C", "mijn vader heeft een transportbedrijf en ik ben vaak meegereden",
                    "ik rij al sinds mijn 16e mee met de vrachtwagen van mijn oom",
                ],
                StudentTraits: ["ik kan goed zelfstandig werken", "ik ben klantvriendelijk", "ik vind autorijden gewoon heel leuk"],
                StudentInterests: ["ik wil later internationaal rijden", "vrachtwagens zijn mijn passie", "planning lijkt me ook interessant"]),
        ]);
}
