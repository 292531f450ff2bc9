namespace Matching.Demo;

// Shops, supermarkets and wholesale. SBB sector 04.
internal static class RetailBranch
{
    public static DemoBranch Create() => new(
        Key: "retail",
        SectorCode: "handel",
        CompanyWeight: 6,
        StudentWeight: 10,
        BblShare: 0.25,
        EmailLocals: ["stages", "winkel", "hr", "info", "vestigingsmanager"],
        Cao: ["@shop:de cao Retail Non-Food", "@supermarket:de cao Supermarkten", "@wholesale:de cao Groothandel"],
        Benefits:
        [
            "Personeelskorting van [10|15|20] procent",
            "Een vaste werkbegeleider in de winkel",
            "Trainingen in verkoop en klantcontact",
            "Flexibele werktijden die je kunt afstemmen op school",
            "Doorgroeimogelijkheden naar [eerste verkoper|assistent-filiaalmanager|bedrijfsleider]",
        ],
        Requirements:
        [
            "Je bent klantvriendelijk en spreekt mensen makkelijk aan",
            "Je bent ook op zaterdag beschikbaar",
            "Je hebt een verzorgd uiterlijk",
            "@supermarket:Je kunt ook op koopavonden werken",
        ],
        StudentDomains: ["in de retail", "@sales,retailmanagement:in een winkel", "@sales,retailmanagement:in de detailhandel", "in de verkoop", "@commerce:bij een groothandel"],
        StudentMotivation: ["ik hou van klantcontact", "ik wil later mijn eigen winkel", "verkopen vind ik gewoon leuk"],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "shop",
                Weight: 5,
                Size: 1,
                PortAffinity: 0,
                Roles: ["sales", "retailmanagement"],
                Names:
                [
                    "{familie} Mode", "Schoenenwinkel {familie}", "{familie} Fietsen", "Elektronicazaak {familie} B.V.", "{familie} Wonen B.V.",
                    "Sportwinkel {gebied}", "Juwelier {familie}", "Boekhandel {familie}", "{familie} Tweewielers", "Drogisterij {gebied}",
                ],
                Intros:
                [
                    "{bedrijf} is een [zelfstandige|bekende] winkel in [het centrum van {plaats}|winkelcentrum {gebied}|de winkelstraat {ingebied}] met een trouwe klantenkring.",
                    "Bij {bedrijf} staat persoonlijk advies voorop. Met [vier|zes|tien] collega's helpen we elke dag [tientallen|honderden] klanten.",
                    "{bedrijf} bestaat sinds {jaar} en combineert de winkel met een groeiende webshop.",
                ],
                Workplace: ["De winkel ligt midden {ingebied}, goed bereikbaar met het ov.", "Je werkt op de winkelvloer, in het magazijn en aan de kassa."]),
            new DemoCompanyKind(
                Key: "supermarket",
                Weight: 4,
                Size: 2,
                PortAffinity: 0,
                Roles: ["sales", "retailmanagement"],
                Names: ["Supermarkt {familie}", "{familie} Versmarkt", "Bouwmarkt {familie}", "Tuincentrum {familie}", "Warenhuis {familie}"],
                Intros:
                [
                    "{bedrijf} {ingebied} heeft {medewerkers} medewerkers, van vakkenvullers tot bedrijfsleider.",
                    "Wij zijn een franchiseonderneming: de eigenaar staat zelf in de winkel en kent zijn klanten.",
                    "{bedrijf} is zeven dagen per week open en bekend om [het ruime assortiment|de persoonlijke service|de scherpe prijzen].",
                ],
                Workplace: ["Je werkt op verschillende afdelingen: vers, kassa en vakkenvullen.", "Je rooster houdt rekening met je schooldagen."]),
            new DemoCompanyKind(
                Key: "wholesale",
                Weight: 2,
                Size: 1,
                PortAffinity: 0.1,
                Roles: ["commerce"],
                Names: ["Groothandel {familie} B.V.", "{familie} Trading B.V.", "{water} Import & Export B.V.", "{familie} Food Service B.V."],
                Intros:
                [
                    "{bedrijf} is een groothandel in [food en non-food|technische artikelen|bouwmaterialen|verpakkingsmaterialen] voor klanten in heel Europa.",
                    "Vanuit {plaats} bedient {bedrijf} [horecazaken|installateurs|retailers] met een assortiment van duizenden artikelen.",
                ],
                Workplace: ["Je werkt op de afdeling binnendienst, met collega's van inkoop en logistiek om je heen."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "sales",
                Weight: 6,
                Qualifications: [("Verkoper", 6), ("Retailmedewerker", 5), ("Eerste verkoper", 3), ("Verkoopspecialist", 2), ("Retailspecialist", 2)],
                Specialisations: ["mode", "elektronica", "@supermarket:versafdeling", "fietsen", "wonen"],
                Tasks:
                [
                    "Je helpt klanten en geeft advies over [producten|maten en pasvorm|de juiste keuze]",
                    "Je vult de schappen aan en zorgt dat de winkel er netjes uitziet",
                    "Je werkt aan de kassa en handelt betalingen en retouren af",
                    "Je pakt de leveringen uit, prijst artikelen en controleert de voorraad",
                    "Je helpt bij het inrichten van de etalage en de presentatie van nieuwe collecties",
                    "Je verwerkt online bestellingen die klanten in de winkel ophalen",
                ],
                SeniorTasks: ["Je opent en sluit de winkel zelfstandig", "Je begeleidt nieuwe collega's", "Je houdt de omzetcijfers van je afdeling bij"],
                Requirements: ["Je bent klantvriendelijk en spontaan", "Je kunt goed rekenen en werkt nauwkeurig aan de kassa"],
                Certificates: ["BHV-diploma"],
                StudentExperience:
                [
                    "ik werk al twee jaar als vakkenvuller bij een supermarkt", "ik heb een bijbaan in een kledingwinkel in {plaats}",
                    "ik sta op zaterdag op de markt met mijn oom",
                ],
                StudentTraits: ["ik ben klantvriendelijk en spontaan", "ik praat makkelijk met mensen", "ik heb gevoel voor mode"],
                StudentInterests: ["ik wil later assistent filiaalmanager worden", "sneakers zijn mijn passie", "ik wil graag bij een elektronicazaak werken"]),
            new DemoRole(
                Key: "retailmanagement",
                Weight: 2,
                Qualifications: [("Retailmanager", 3), ("Manager retail", 2), ("Ondernemer retail", 2)],
                Specialisations: [],
                Tasks:
                [
                    "Je maakt roosters en verdeelt het werk over het team",
                    "Je analyseert omzetcijfers en bedenkt acties",
                    "Je bestelt artikelen en onderhoudt contact met leveranciers",
                    "Je stuurt een afdeling aan en coacht medewerkers",
                ],
                SeniorTasks: ["Je bent verantwoordelijk voor een afdeling, inclusief de cijfers", "Je werkt mee aan het winkelplan voor het komende jaar"],
                Requirements: ["Je bent ondernemend en resultaatgericht", "Je kunt leidinggeven aan een team"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["ik ben al shiftleader bij een supermarkt", "ik heb een eigen webshopje in sneakers"],
                StudentTraits: ["ik neem graag de leiding", "ik ben ondernemend"],
                StudentInterests: ["ik wil later mijn eigen zaak", "ik wil filiaalmanager worden"]),
            new DemoRole(
                Key: "commerce",
                Weight: 2,
                Qualifications: [("Commercieel medewerker", 4), ("Junior accountmanager", 2), ("E-commerce specialist", 2), ("Contactcenter medewerker", 2)],
                Specialisations: ["binnendienst", "e-commerce", "customer service"],
                Tasks:
                [
                    "Je verwerkt orders en offertes in ons ERP-systeem",
                    "Je beantwoordt vragen van klanten per telefoon, mail en chat",
                    "Je helpt bij het bijhouden van de webshop en het plaatsen van productinformatie",
                    "Je belt klanten na en signaleert nieuwe verkoopkansen",
                ],
                SeniorTasks: ["Je beheert een eigen klantenportefeuille", "Je analyseert verkoopcijfers en maakt rapportages"],
                Requirements: ["Je bent commercieel en klantgericht", "Je kunt goed met Excel overweg"],
                Certificates: ["rijbewijs B"],
                StudentExperience: ["ik heb bij een callcenter gewerkt", "ik verkoop spullen via Marktplaats en Vinted"],
                StudentTraits: ["ik ben commercieel ingesteld", "ik kan goed overtuigen"],
                StudentInterests: ["online marketing vind ik interessant", "ik wil accountmanager worden"]),
        ]);
}
