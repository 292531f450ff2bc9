namespace Matching.Demo;

// Software, IT support and media. SBB sector 05. Many students, few places: the demo's shortfall signal.
internal static class IctBranch
{
    public static DemoBranch Create() => new(
        Key: "ict",
        SectorCode: "ict-creatieve-industrie",
        CompanyWeight: 6,
        StudentWeight: 12,
        BblShare: 0.12,
        EmailLocals: ["stage", "jobs", "hr", "hello", "info"],
        Cao: ["onze arbeidsvoorwaardenregeling", "de cao voor de ICT-branche"],
        Benefits:
        [
            "Een eigen laptop en toegang tot [Pluralsight|Udemy|onze interne academy]",
            "Een vaste buddy die je code reviewt",
            "Thuiswerken in overleg, [één|twee] dagen per week",
            "Vrijdagmiddag tijd voor eigen projecten",
            "Een informeel team met veel ruimte voor je eigen ideeën",
        ],
        Requirements:
        [
            "Je bent nieuwsgierig en leert graag nieuwe technieken",
            "Je kunt problemen zelfstandig uitzoeken, en weet wanneer je hulp moet vragen",
            "Je kunt je werk goed uitleggen aan niet-technische collega's",
        ],
        StudentDomains: ["in de ict", "@development:bij een softwarebedrijf", "@support,infrastructure:in it", "@support,infrastructure:bij een it bedrijf", "@media:bij een creatief bureau"],
        StudentMotivation: ["@development:ik programmeer al sinds mijn 12e", "ICT is de toekomst", "ik ben altijd bezig met computers", "ik wil echte projecten doen"],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "software",
                Weight: 3,
                Size: 2,
                PortAffinity: 0.03,
                Roles: ["development", "support"],
                Names: ["{familie} Software B.V.", "{water} Digital B.V.", "{gebied} Labs B.V.", "Pixel & Code B.V.", "{familie} IT Solutions B.V."],
                Intros:
                [
                    "{bedrijf} bouwt [webapplicaties|apps en portals|software voor de logistiek en de haven|maatwerk voor zorgorganisaties] met een team van {medewerkers} developers.",
                    "Wij zijn {bedrijf}, een [scale-up|softwarebureau] uit {plaats}. We werken agile in kleine teams.",
                    "{bedrijf} werkt met [.NET en Azure|TypeScript en React|Python en Django|Java en Kotlin] voor klanten in binnen- en buitenland.",
                ],
                Workplace: ["Ons kantoor zit [in een oud havenpand {ingebied}|in een bedrijfsverzamelgebouw in {plaats}|vlak bij het station], met een goede koffiemachine.", "Je werkt in een scrumteam met een eigen product owner."]),
            new DemoCompanyKind(
                Key: "msp",
                Weight: 3,
                Size: 2,
                PortAffinity: 0,
                Roles: ["support", "infrastructure"],
                Names: ["{familie} ICT Beheer B.V.", "{plaats} Computer Service B.V.", "{familie} Systeembeheer B.V.", "{water} Netwerken B.V.", "{familie} Managed IT B.V."],
                Intros:
                [
                    "{bedrijf} beheert de IT van [mkb-bedrijven|scholen|zorginstellingen] in de regio {regio}: werkplekken, netwerken en cloud.",
                    "Met {medewerkers} collega's zorgt {bedrijf} ervoor dat [ruim 300|meer dan 2.000] gebruikers elke dag zonder storingen kunnen werken.",
                ],
                Workplace: ["Je werkt op onze servicedesk in {plaats} en gaat regelmatig mee naar klanten."]),
            new DemoCompanyKind(
                Key: "media",
                Weight: 1,
                Size: 1,
                PortAffinity: 0,
                Roles: ["media"],
                Names: ["Studio {familie}", "{water} Media B.V.", "{gebied} Creatives", "Reclamebureau {familie}"],
                Intros:
                [
                    "{bedrijf} is een [creatief bureau|contentstudio|reclamebureau] {ingebied} dat [campagnes, video's en websites|social content en branding] maakt.",
                ],
                Workplace: ["Je werkt in onze studio met designers, copywriters en videomakers."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "development",
                Weight: 5,
                Qualifications: [("Software developer", 10)],
                Specialisations: ["back-end", "front-end", "full stack", "mobile", "C#/.NET", "web"],
                Tasks:
                [
                    "Je bouwt mee aan nieuwe features in [C#|TypeScript|Python|Java|PHP]",
                    "Je schrijft unit tests en werkt met Git, pull requests en code reviews",
                    "Je lost bugs op die klanten melden",
                    "Je doet mee aan de dagelijkse stand-up en de sprintplanning",
                    "Je werkt aan [een REST API|een React front-end|een mobiele app|een koppeling met een extern systeem]",
                    "Je zet je werk zelf live via onze CI/CD-pipeline",
                ],
                SeniorTasks: ["Je werkt zelfstandig een user story uit van ontwerp tot oplevering", "Je denkt mee over de architectuur"],
                Requirements: ["Je hebt basiskennis van programmeren en databases", "Je kunt een eigen project laten zien (GitHub is mooi meegenomen)"],
                Certificates: [],
                StudentExperience:
                [
                    "ik heb zelf een Discord-bot gemaakt in Python", "ik heb een eigen portfolio website gebouwd met React",
                    "ik maak mods voor Minecraft", "in mijn vorige stage heb ik aan een Laravel-webshop gewerkt",
                    "ik heb een app gemaakt voor de voetbalclub van mijn broertje",
                ],
                StudentTraits: ["ik ben nieuwsgierig en leer snel nieuwe talen", "ik kan lang doorgaan op een lastig probleem", "ik werk graag in een team met code reviews"],
                StudentInterests: ["ik wil graag back-end leren met C#", "game development vind ik het leukst", "ik wil later naar het hbo-ict", "AI en machine learning vind ik interessant"]),
            new DemoRole(
                Key: "support",
                Weight: 4,
                Qualifications: [("Medewerker ICT support", 4), ("ICT support technician", 4), ("Allround medewerker IT systems and devices", 3), ("Medewerker ICT", 2)],
                Specialisations: ["servicedesk", "werkplekbeheer", "helpdesk"],
                Tasks:
                [
                    "Je beantwoordt vragen van gebruikers aan de servicedesk, telefonisch en via tickets",
                    "Je installeert en configureert laptops, telefoons en printers",
                    "Je beheert accounts in [Microsoft 365 en Entra ID|Active Directory|Google Workspace]",
                    "Je lost storingen op, op afstand en op locatie",
                    "Je documenteert oplossingen in de kennisbank",
                ],
                SeniorTasks: ["Je rolt nieuwe werkplekken uit met Intune", "Je ondersteunt bij migraties naar de cloud"],
                Requirements: ["Je bent klantgericht en kunt geduldig uitleggen", "Je hebt kennis van Windows en netwerken"],
                Certificates: ["Microsoft 365-certificaat", "rijbewijs B"],
                StudentExperience: ["ik bouw mijn eigen pc's", "ik ben thuis de IT-helpdesk van de hele familie", "ik heb een homelab met een Raspberry Pi"],
                StudentTraits: ["ik kan goed uitleggen", "ik ben geduldig en klantvriendelijk"],
                StudentInterests: ["ik wil later netwerkbeheerder worden", "cybersecurity vind ik super interessant"]),
            new DemoRole(
                Key: "infrastructure",
                Weight: 2,
                Qualifications: [("ICT system engineer", 3), ("Expert IT systems and devices", 2), ("Cloud and infrastructure technician", 2)],
                Specialisations: ["netwerken", "cloud", "security"],
                Tasks:
                [
                    "Je beheert servers en virtuele machines in [Azure|VMware|Hyper-V]",
                    "Je configureert switches, firewalls en wifi-netwerken",
                    "Je automatiseert beheertaken met PowerShell of Bash",
                    "Je helpt bij het monitoren en patchen van systemen",
                ],
                SeniorTasks: ["Je werkt mee aan migratieprojecten", "Je schrijft technische documentatie en procedures"],
                Requirements: ["Je hebt kennis van netwerken en besturingssystemen", "Je werkt gestructureerd en veilig"],
                Certificates: ["Cisco CCNA", "Azure Fundamentals"],
                StudentExperience: ["ik heb thuis een Proxmox-server draaien", "ik heb mijn CCNA deel 1 al"],
                StudentTraits: ["ik werk gestructureerd", "ik wil alles tot op de bodem uitzoeken"],
                StudentInterests: ["cloud en Linux vind ik interessant", "ik wil me specialiseren in security"]),
            new DemoRole(
                Key: "media",
                Weight: 2,
                Qualifications: [("Mediavormgever", 4), ("Content creator", 3), ("Allround mediamaker", 2), ("Mediamaker", 1)],
                Specialisations: ["grafisch ontwerp", "video", "social media"],
                Tasks:
                [
                    "Je ontwerpt [social posts|banners|huisstijlen|websites] in [Figma|Adobe Illustrator|Photoshop]",
                    "Je filmt en monteert korte video's voor klanten",
                    "Je denkt mee in brainstorms voor campagnes",
                    "Je bereidt bestanden voor voor druk en online",
                ],
                SeniorTasks: ["Je presenteert je ontwerpen aan de klant", "Je werkt een campagne zelfstandig uit"],
                Requirements: ["Je hebt een portfolio dat je kunt laten zien", "Je hebt oog voor detail en typografie"],
                Certificates: [],
                StudentExperience: ["ik maak TikToks voor een lokale kapper", "ik heb het logo voor de zaak van mijn tante ontworpen"],
                StudentTraits: ["ik ben creatief en heb oog voor detail", "ik werk graag in Adobe"],
                StudentInterests: ["motion design vind ik het leukst", "ik wil later art director worden"]),
        ]);
}
