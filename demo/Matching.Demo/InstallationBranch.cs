namespace Matching.Demo;

// Electrical and mechanical installation, heat pumps, solar panels and the grid: the energy transition. SBB sector 01.
internal static class InstallationBranch
{
    public static DemoBranch Create() => new(
        Key: "installation",
        SectorCode: "techniek-gebouwde-omgeving",
        CompanyWeight: 9,
        StudentWeight: 7,
        BblShare: 0.55,
        EmailLocals: ["stages", "bbl", "hr", "opleidingen", "werkenbij"],
        Cao: ["@installer:de cao voor de technische installatiebranche", "de cao Metaal & Techniek"],
        Benefits:
        [
            "Een eigen gereedschapskist en werkkleding",
            "@grid:Een plek in een volledig ingerichte servicebus",
            "Extra trainingen, zoals [NEN 3140|F-gassen|werken aan warmtepompen|zonnepanelen installeren]",
            "Een leermeester die je stap voor stap meeneemt",
            "Na je diploma een vaste baan als monteur",
            "Werk dat ertoe doet: elk project scheelt CO2",
        ],
        Requirements:
        [
            "Je bent technisch en handig",
            "Je werkt veilig en houdt je aan de voorschriften",
            "Je vindt het leuk om bij mensen thuis te werken",
            "@grid:Je bent bereid om later ook storingsdiensten te draaien",
        ],
        StudentDomains: ["in de installatietechniek", "in de elektrotechniek", "in de techniek", "bij een installateur", "in de energietransitie"],
        StudentMotivation:
        [
            "ik wil meehelpen met de energietransitie", "techniek vind ik gewoon leuk", "monteurs zijn hard nodig dus ik heb zeker werk",
            "ik wil begrijpen hoe alles in een huis werkt",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "installer",
                Weight: 5,
                Size: 2,
                PortAffinity: 0,
                Roles: ["electrical", "heating"],
                Names:
                [
                    "Installatiebedrijf {familie} B.V.", "{familie} Installatietechniek B.V.", "{familie} Elektrotechniek B.V.", "{plaats} Installatie Groep B.V.",
                    "{familie} Klimaattechniek B.V.", "{familie} Duurzame Energie B.V.", "Elektro {familie} B.V.", "{water} Installatiewerken B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een [allround installatiebedrijf|installateur] uit {plaats} met {medewerkers} medewerkers.",
                    "Wij installeren [elektra, verwarming en ventilatie|warmtepompen, zonnepanelen en laadpalen|elektrotechnische installaties in woningen en kantoren] voor particulieren, corporaties en bedrijven.",
                    "{bedrijf} verduurzaamt [honderden woningen per jaar|scholen en kantoren|complete wijken] in de regio {regio}: van het gas af, all-electric.",
                    "Sinds {jaar} is {bedrijf} een begrip in {plaats}. We leiden al jaren BBL-monteurs op, want goede monteurs maak je zelf.",
                ],
                Workplace:
                [
                    "Je werkt op wisselende projecten in de regio; je begint en eindigt op onze werkplaats in {plaats}.",
                    "Je rijdt mee met een ervaren monteur in een goed ingerichte bus.",
                ]),
            new DemoCompanyKind(
                Key: "grid",
                Weight: 2,
                Size: 3,
                PortAffinity: 0.1,
                Roles: ["grid", "electrical"],
                Names: ["{familie} Netwerktechniek B.V.", "{water} Infra Techniek B.V.", "Kabel- en Leidingbedrijf {familie} B.V.", "{familie} Energie-infra B.V."],
                Intros:
                [
                    "{bedrijf} legt en onderhoudt [kabels en leidingen|het elektriciteitsnet|glasvezel- en energienetwerken] in opdracht van netbeheerders.",
                    "Het stroomnet moet in een paar jaar [flink worden uitgebreid|twee keer zo groot worden]. {bedrijf} werkt daar dagelijks aan, met {medewerkers} vakmensen.",
                ],
                Workplace: ["Je werkt buiten, in de wijk of op een onderstation, samen met een ervaren monteur."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "electrical",
                Weight: 5,
                Qualifications:
                [
                    ("Monteur elektrotechnische installaties", 6), ("Eerste monteur elektrotechnische installaties in de gebouwde omgeving", 5),
                    ("Eerste monteur elektrotechnische industriële installaties en systemen", 2),
                    ("Technicus elektrotechnische installaties in de gebouwde omgeving", 2),
                ],
                Specialisations: ["woningbouw", "utiliteit", "zonnepanelen", "laadpalen", "service"],
                Tasks:
                [
                    "Je legt leidingen, trekt draad en monteert schakelmateriaal en groepenkasten",
                    "Je installeert [zonnepanelen en omvormers|laadpalen|slimme meters en thuisbatterijen] bij klanten",
                    "Je helpt bij het aansluiten van [warmtepompen|verlichting en noodverlichting|brandmeldinstallaties]",
                    "Je meet en test installaties volgens NEN 1010 en vult het opleverrapport in",
                    "Je werkt in nieuwbouw en bij renovatie van corporatiewoningen",
                    "Je zoekt storingen samen met de servicemonteur",
                ],
                SeniorTasks: ["Je leest installatietekeningen en bereidt het werk voor", "Je bent aanspreekpunt voor de klant op de bouwplaats", "Je begeleidt een eerstejaars monteur"],
                Requirements: ["Je hebt interesse in elektrotechniek en duurzame energie", "Je werkt nauwkeurig en veilig"],
                Certificates: ["VCA basis", "NEN 3140-instructie", "rijbewijs B"],
                StudentExperience:
                [
                    "ik heb thuis zelf de verlichting aangelegd", "mijn vader is elektricien en ik ga vaak mee",
                    "vorig jaar heb ik bij een installateur in {plaats} stage gelopen en zonnepanelen gelegd",
                ],
                StudentTraits: ["ik ben technisch en precies", "ik ben handig", "ik los graag problemen op"],
                StudentInterests: ["zonnepanelen en laadpalen vind ik interessant", "ik wil later servicemonteur worden", "domotica lijkt me heel leuk"]),
            new DemoRole(
                Key: "heating",
                Weight: 4,
                Qualifications:
                [
                    ("Monteur werktuigkundige installaties", 4), ("Eerste monteur woning", 3), ("Eerste monteur utiliteit", 2),
                    ("Eerste monteur duurzame installaties", 3), ("Airco/warmtepompmonteur", 4), ("Servicemonteur koude- en klimaatsystemen", 2),
                ],
                Specialisations: ["warmtepompen", "woningbouw", "utiliteit", "service en onderhoud", "airco"],
                Tasks:
                [
                    "Je monteert [cv-installaties|warmtepompen|vloerverwarming|ventilatiesystemen] in woningen en bedrijfspanden",
                    "Je legt waterleidingen en afvoeren aan en perst ze af",
                    "Je helpt bij het in bedrijf stellen van warmtepompen en airco's",
                    "Je doet onderhoud aan cv-ketels en lost storingen op bij klanten thuis",
                    "Je werkt met [koper, kunststof en dunwandig staal|persfittingen en soldeerwerk]",
                    "Je legt de klant uit hoe de nieuwe installatie werkt",
                ],
                SeniorTasks: ["Je stelt installaties in en regelt ze in", "Je maakt werkbonnen en materiaallijsten", "Je voert zelfstandig onderhoudsbeurten uit"],
                Requirements: ["Je hebt interesse in duurzame installaties", "Je bent klantvriendelijk en representatief"],
                Certificates: ["VCA basis", "F-gassencertificaat", "rijbewijs B"],
                StudentExperience: ["ik heb een bijbaan bij een installateur als hulpje", "ik heb mijn oom geholpen met een badkamer verbouwen"],
                StudentTraits: ["ik werk netjes en zorgvuldig", "ik ben klantvriendelijk"],
                StudentInterests: ["warmtepompen zijn de toekomst", "ik wil later storingsmonteur worden"]),
            new DemoRole(
                Key: "grid",
                Weight: 2,
                Qualifications:
                [
                    ("Monteur laagspanningsdistributie", 4), ("Eerste monteur laagspanningsdistributie", 3), ("Monteur middenspanningsdistributie", 2),
                    ("Monteur gas-, water- of warmtedistributie", 2), ("Eerste monteur hoogspanningstransport", 1),
                ],
                Specialisations: ["laagspanning", "middenspanning", "warmtenet"],
                Tasks:
                [
                    "Je legt kabels en moffen en maakt huisaansluitingen",
                    "Je werkt aan [transformatorstations|het uitbreiden van het net in de wijk|het warmtenet]",
                    "Je graaft, meet en werkt volgens de BEI-regels",
                    "Je lost samen met je collega storingen op in het net",
                ],
                SeniorTasks: ["Je bent werkverantwoordelijke op kleinere klussen", "Je controleert het werk van onderaannemers"],
                Requirements: ["Je werkt graag buiten", "Je bent veiligheidsbewust"],
                Certificates: ["VCA basis", "BEI-certificaat", "rijbewijs B"],
                StudentExperience: ["ik heb bij een kabelbedrijf in de zomer gewerkt"],
                StudentTraits: ["ik werk graag buiten", "ik ben veiligheidsbewust"],
                StudentInterests: ["het stroomnet uitbreiden lijkt me belangrijk werk"]),
        ]);
}
