namespace Matching.Demo;

// Cleaning and facility services as SBB files them: sector 06, next to hospitality.
internal static class CleaningBranch
{
    public static DemoBranch Create() => new(
        Key: "cleaning",
        SectorCode: "voedsel-groen-gastvrijheid",
        CompanyWeight: 4,
        StudentWeight: 3,
        BblShare: 0.5,
        EmailLocals: ["stages", "hr", "werving", "info"],
        Cao: ["@cleaner:de cao Schoonmaak- en Glazenwassersbedrijf", "@institution:de geldende cao"],
        Benefits:
        [
            "Werkkleding en goede schoonmaakmiddelen en machines",
            "Een vaste objectleider die je begeleidt",
            "Een vast rooster, met overdag en 's avonds werk",
            "Kans om door te groeien naar objectleider",
        ],
        Requirements: ["Je werkt zelfstandig en zorgvuldig", "Je bent betrouwbaar, want je werkt vaak in gebouwen waar niemand is"],
        StudentDomains: ["in de facilitaire dienstverlening", "in de schoonmaak", "in facility"],
        StudentMotivation: ["ik hou van aanpakken", "ik vind het fijn als alles er netjes uitziet"],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "cleaner",
                Weight: 3,
                Size: 2,
                PortAffinity: 0.05,
                Roles: ["cleaning-work", "facility-work"],
                Names: ["Schoonmaakbedrijf {familie} B.V.", "{familie} Schoonmaakdiensten B.V.", "{water} Cleaning B.V.", "{plaats} Glazenwassers B.V."],
                Intros:
                [
                    "{bedrijf} maakt [kantoren, scholen en zorginstellingen|treinen, trams en metrostations|hotels en vakantieparken] schoon in de regio {regio}.",
                    "{bedrijf} is een familiebedrijf met {medewerkers} medewerkers, opgericht in {jaar}.",
                ],
                Workplace: ["Je werkt op wisselende locaties in {plaats} en omgeving, in een vast team."]),
            new DemoCompanyKind(
                Key: "institution",
                Weight: 2,
                Size: 1,
                PortAffinity: 0,
                Roles: ["facility-work"],
                Names: ["Facilitair Bedrijf {hof}", "Hotel {hof}", "Congrescentrum {gebied}", "Bedrijfsrestaurant {gebied}"],
                Intros:
                [
                    "De facilitaire dienst van {bedrijf} zorgt voor schoonmaak, catering, post en onderhoud.",
                    "Bij {bedrijf} {ingebied} werkt de facilitaire afdeling achter de schermen aan een gastvrije omgeving.",
                ],
                Workplace: ["Je werkt in een team van [vijf|acht|twaalf] facilitaire collega's."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "cleaning-work",
                Weight: 3,
                Qualifications: [("Schoonmaker in verschillende omgevingen", 5), ("Specialist vloeronderhoud", 1), ("Glazenwasser", 1), ("(Ambulant) objectleider", 1)],
                Specialisations: ["kantoren", "zorg", "openbaar vervoer", "vloeronderhoud"],
                Tasks:
                [
                    "Je maakt kantoren, sanitair en kantines schoon volgens het schoonmaakprogramma",
                    "Je werkt met [de schrobzuigmachine|microvezelsystemen|de hoogwerker bij het glasbewassen]",
                    "Je doet periodiek onderhoud aan vloeren: strippen, in de was zetten en polijsten",
                    "Je controleert de kwaliteit met het VSR-systeem",
                ],
                SeniorTasks: ["Je maakt de planning voor het object en begeleidt collega's", "Je houdt contact met de opdrachtgever"],
                Requirements: ["Je vindt het prettig om zelfstandig te werken", "Je bent niet bang om je handen vies te maken"],
                Certificates: ["VCA basis", "hoogwerkercertificaat"],
                StudentExperience: ["ik doe al schoonmaakwerk in de avond", "ik heb in een hotel als housekeeping gewerkt"],
                StudentTraits: ["ik werk netjes en snel", "ik werk graag zelfstandig"],
                StudentInterests: ["ik wil later objectleider worden"]),
            new DemoRole(
                Key: "facility-work",
                Weight: 3,
                Qualifications: [("Medewerker facilitaire dienstverlening", 5), ("Allround medewerker facilitaire dienstverlening", 3), ("Facilitair leidinggevende", 1)],
                Specialisations: ["catering", "facilitaire dienst", "servicedesk"],
                Tasks:
                [
                    "Je werkt in het bedrijfsrestaurant en bereidt broodjes en salades",
                    "Je richt vergaderruimtes in en zorgt voor koffie en lunch",
                    "Je helpt bij kleine reparaties en verhuizingen binnen het gebouw",
                    "Je neemt meldingen aan bij de facilitaire servicedesk",
                    "Je houdt de voorraad bij en bestelt aan",
                ],
                SeniorTasks: ["Je stelt het rooster van de facilitaire dienst op", "Je beheert contracten met leveranciers"],
                Requirements: ["Je bent gastvrij en flexibel", "Je houdt van aanpakken"],
                Certificates: ["BHV-diploma", "HACCP-certificaat"],
                StudentExperience: ["ik werk in de kantine van mijn sportclub", "ik heb stage gelopen bij de facilitaire dienst van een ziekenhuis"],
                StudentTraits: ["ik ben gastvrij en regel graag dingen", "ik ben flexibel"],
                StudentInterests: ["ik wil later facilitair manager worden"]),
        ]);
}
