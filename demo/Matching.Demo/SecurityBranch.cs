namespace Matching.Demo;

// Facility services in SBB sector 07: security, reception and front office, and the broad servicemedewerker.
internal static class SecurityBranch
{
    public static DemoBranch Create() => new(
        Key: "security",
        SectorCode: "zakelijke-dienstverlening-veiligheid",
        CompanyWeight: 6,
        StudentWeight: 6,
        BblShare: 0.35,
        EmailLocals: ["stages", "hr", "werving", "info", "planning"],
        Cao: ["@guarding:de cao Particuliere Beveiliging", "@facility:onze bedrijfs-cao"],
        Benefits:
        [
            "@guarding,securityguard:Een beveiligingspas (ND-pas) en uniform, door ons geregeld",
            "Een vaste begeleider op je object",
            "Trainingen in [klantgericht werken|conflicthantering|BHV en EHBO]",
            "@guarding,securityguard:Toeslagen voor avond-, nacht- en weekenddiensten",
            "Een afwisselende werkplek bij verschillende opdrachtgevers",
        ],
        Requirements:
        [
            "Je hebt een verzorgd uiterlijk en een representatieve houding",
            "Je kunt een VOG overleggen",
            "@guarding:Je bent minimaal 18 jaar en bereid tot een screening door Justis",
            "Je bent stressbestendig en blijft vriendelijk, ook als iemand dat niet is",
        ],
        StudentDomains: ["@securityguard:in de beveiliging", "@frontoffice:bij een receptie", "@service:in de facilitaire dienstverlening", "in de dienstverlening"],
        StudentMotivation:
        [
            "ik wil graag iets met veiligheid doen", "ik ben graag het eerste aanspreekpunt voor mensen", "later wil ik misschien naar de politie",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "guarding",
                Weight: 3,
                Size: 3,
                PortAffinity: 0.2,
                Roles: ["securityguard", "service"],
                Names: ["{familie} Security B.V.", "{water} Beveiliging B.V.", "Beveiligingsbedrijf {familie} B.V.", "{plaats} Safety & Security B.V.", "Rijnmond Toezicht B.V."],
                Intros:
                [
                    "{bedrijf} is een beveiligingsbedrijf met {medewerkers} beveiligers, actief in de regio {regio}.",
                    "{bedrijf} beveiligt [kantoren, evenementen en haventerreinen|winkelcentra en ziekenhuizen|bedrijventerreinen en bouwplaatsen].",
                    "Sinds {jaar} zorgt {bedrijf} voor een veilige omgeving bij meer dan [40|100|200] opdrachtgevers.",
                ],
                Workplace: ["Je werkt op een vast object {ingebied}, samen met een ervaren beveiliger.", "Je draait mee in het rooster van je object, met dag-, avond- en weekenddiensten."]),
            new DemoCompanyKind(
                Key: "facility",
                Weight: 3,
                Size: 2,
                PortAffinity: 0,
                Roles: ["service", "frontoffice"],
                Names: ["{familie} Facility Services B.V.", "{plaats} Facilitair B.V.", "{water} Hospitality & Facility B.V.", "{familie} Servicegroep B.V."],
                Intros:
                [
                    "{bedrijf} verzorgt [receptie, beveiliging en postverwerking|de complete facilitaire dienstverlening] voor kantoren en zorginstellingen.",
                    "Bij onze opdrachtgevers {ingebied} werken [twintig|veertig] bedrijven onder één dak; wij zorgen dat alles soepel loopt.",
                    "{bedrijf} heeft {medewerkers} medewerkers en is gespecialiseerd in gastvrije facilitaire dienstverlening.",
                ],
                Workplace: ["Je werkt bij een van onze opdrachtgevers in {plaats}, in een modern kantoorgebouw."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "securityguard",
                Weight: 4,
                Qualifications: [("Beveiliger 2", 5), ("Beveiliger", 3), ("Beveiliger 3", 2), ("Coördinator beveiliging", 1)],
                Specialisations: ["objectbeveiliging", "evenementen", "havenbeveiliging", "winkelsurveillance"],
                Tasks:
                [
                    "Je doet toegangscontrole en registreert bezoekers en leveranciers",
                    "Je loopt surveillancerondes en controleert deuren, hekken en brandmeldinstallaties",
                    "Je houdt camerabeelden in de gaten vanuit de meldkamer",
                    "Je treedt op bij incidenten en schrijft een rapportage",
                    "Je bent bedrijfshulpverlener bij ontruimingen",
                    "@guarding:Je beveiligt [evenementen in Ahoy en de Kuip|de ingang van een terminal in de haven|een winkelcentrum]",
                ],
                SeniorTasks: ["Je stuurt een klein team beveiligers aan tijdens een evenement", "Je stelt samen met de opdrachtgever de beveiligingsinstructie op"],
                Requirements: ["Je bent alert en assertief", "Je schrijft duidelijke rapportages"],
                Certificates: ["BHV-diploma", "EHBO-diploma", "rijbewijs B"],
                StudentExperience: ["ik werk als steward bij voetbalwedstrijden", "ik heb als crowd controller bij festivals gewerkt", "ik doe aan vechtsport"],
                StudentTraits: ["ik ben alert en blijf kalm", "ik durf mensen aan te spreken", "ik ben stevig en rustig"],
                StudentInterests: ["ik wil later naar de politie of de marechaussee", "havenbeveiliging lijkt me spannend"]),
            new DemoRole(
                Key: "service",
                Weight: 3,
                Qualifications: [("Servicemedewerker", 6)],
                Specialisations: ["facilitair", "gastvrijheid", "receptie"],
                Tasks:
                [
                    "Je ontvangt bezoekers en wijst ze de weg",
                    "Je zorgt voor vergaderzalen, koffie en lunches",
                    "Je verwerkt post en pakketten",
                    "Je helpt bij kleine technische klussen en meldt storingen",
                    "Je houdt de openbare ruimtes netjes en gastvrij",
                ],
                SeniorTasks: ["Je plant de inzet van collega's"],
                Requirements: ["Je bent gastvrij en behulpzaam", "Je kunt veel verschillende taken tegelijk oppakken"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["ik heb in een hotel bij de receptie geholpen", "ik heb een bijbaan bij een kantine"],
                StudentTraits: ["ik ben behulpzaam en vriendelijk", "ik hou van afwisseling"],
                StudentInterests: ["ik wil graag in een groot kantoor werken"]),
            new DemoRole(
                Key: "frontoffice",
                Weight: 2,
                Qualifications: [("Medewerker secretariaat en receptie", 4), ("Office assistant", 3), ("Allround Assistant Business Services", 2)],
                Specialisations: ["receptie", "secretariaat", "frontoffice"],
                Tasks:
                [
                    "Je beantwoordt de telefoon en verbindt door",
                    "Je plant afspraken en beheert agenda's",
                    "Je verwerkt de post en de algemene mailbox",
                    "Je ontvangt gasten aan de balie en maakt ze wegwijs",
                    "Je ondersteunt bij het organiseren van bijeenkomsten",
                ],
                SeniorTasks: ["Je maakt notulen en verslagen", "Je houdt het relatiebeheersysteem bij"],
                Requirements: ["Je bent representatief en klantvriendelijk", "Je werkt netjes in Word, Outlook en Excel"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["ik heb bij een tandarts aan de balie gestaan", "ik heb thuis de administratie van mijn moeder haar winkel gedaan"],
                StudentTraits: ["ik ben netjes en georganiseerd", "ik ben klantvriendelijk"],
                StudentInterests: ["ik wil later managementassistent worden"]),
        ]);
}
