namespace Matching.Demo;

// Building, renovation and civil engineering, with the energy-transition work in existing homes. SBB sector 01.
internal static class ConstructionBranch
{
    public static DemoBranch Create() => new(
        Key: "construction",
        SectorCode: "techniek-gebouwde-omgeving",
        CompanyWeight: 10,
        StudentWeight: 7,
        BblShare: 0.6,
        EmailLocals: ["stages", "bbl", "personeelszaken", "info", "werkvoorbereiding"],
        Cao: ["@builder,civil:de cao Bouw & Infra", "@finishing:de cao Schilders-, Afbouw- en Onderhoudsbedrijf"],
        Benefits:
        [
            "Goed gereedschap en werkkleding van de zaak",
            "Een vaste leermeester op de bouwplaats",
            "Reisurenvergoeding en een bus die je thuis ophaalt",
            "VCA en, als je wilt, je rijbewijs B op onze kosten",
            "@carpentry,masonry,civil,finishing:Doorgroeimogelijkheden tot uitvoerder",
            "Een vast contract als je je diploma haalt",
        ],
        Requirements:
        [
            "Je hebt VCA basis of haalt het in de eerste maanden",
            "Je bent fysiek fit",
            "Je bent handig en hebt oog voor kwaliteit",
            "Je bent 's ochtends vroeg op de bouw (we beginnen om 7:00 uur)",
        ],
        StudentDomains: ["in de bouw", "@carpentry,masonry,finishing:in de bouw of renovatie", "op de bouwplaats", "@civil:in de infra", "@finishing:in het schilderswerk"],
        StudentMotivation:
        [
            "ik wil met mijn handen werken en aan het eind van de dag zien wat ik gedaan heb", "de bouw is echt mijn ding",
            "ik wil meebouwen aan nieuwe woningen", "in de bouw is veel werk en je kan ver komen",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "builder",
                Weight: 5,
                Size: 2,
                PortAffinity: 0,
                Roles: ["carpentry", "masonry", "site"],
                Names:
                [
                    "Bouwbedrijf {familie} B.V.", "{familie} Bouw B.V.", "Aannemersbedrijf {familie} B.V.", "{familie} Bouw & Renovatie B.V.",
                    "{plaats} Bouwgroep B.V.", "Timmerbedrijf {familie}", "{familie} Woningbouw B.V.", "{familie} Onderhoud en Verbouw B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een [familiebedrijf|middelgroot bouwbedrijf] uit {plaats}, opgericht in {jaar}. We bouwen [woningen, scholen en bedrijfspanden|nieuwbouwwoningen en appartementen|en verbouwen woningen in opdracht van corporaties].",
                    "Met {medewerkers} vakmensen werkt {bedrijf} aan nieuwbouw, renovatie en onderhoud in de regio {regio}.",
                    "Bij {bedrijf} werken we aan [het verduurzamen van honderden corporatiewoningen|nieuwbouwprojecten {ingebied}|de renovatie van portiekflats {ingebied}].",
                    "{bedrijf} leidt al jaren timmerlieden en metselaars op via de BBL. Veel van onze uitvoerders zijn hier zelf als leerling begonnen.",
                ],
                Workplace:
                [
                    "Je werkt op onze projecten in de regio; 's ochtends vertrekken we [vanaf de werkplaats in {plaats}|met de bus vanaf {plaats}].",
                    "Op dit moment werken we onder andere aan een project {ingebied}.",
                ]),
            new DemoCompanyKind(
                Key: "civil",
                Weight: 2,
                Size: 2,
                PortAffinity: 0.2,
                Roles: ["civil", "site"],
                Names: ["{familie} Infra B.V.", "Grond- en Wegenbouw {familie} B.V.", "{familie} Bestratingen B.V.", "{water} Waterbouw B.V."],
                Intros:
                [
                    "{bedrijf} is een [regionale|groeiende] infra-aannemer: we leggen wegen, riolering, kabels en leidingen aan en richten buitenruimte in.",
                    "{bedrijf} werkt voor gemeenten, waterschappen en het havenbedrijf aan [kades, dijken en oevers|wegen en fietspaden|rioleringsprojecten].",
                ],
                Workplace: ["Je werkt buiten, op wisselende projecten in de regio {regio}."]),
            new DemoCompanyKind(
                Key: "finishing",
                Weight: 2,
                Size: 1,
                PortAffinity: 0,
                Roles: ["finishing"],
                Names: ["Schildersbedrijf {familie}", "{familie} Schilders B.V.", "Afbouwbedrijf {familie} B.V.", "{familie} Stukadoors"],
                Intros:
                [
                    "{bedrijf} is een schilders- en onderhoudsbedrijf uit {plaats} met {medewerkers} medewerkers.",
                    "{bedrijf} doet [binnen- en buitenschilderwerk|stucwerk en afbouw|planmatig onderhoud voor woningcorporaties] in en rond {plaats}.",
                ],
                Workplace: ["Je werkt in ploegen van twee of drie man, bij corporatiewoningen, scholen en particulieren."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "carpentry",
                Weight: 5,
                Qualifications: [("Timmerman", 8), ("Allround timmerman", 4), ("Allround betontimmerman", 1)],
                Specialisations: ["nieuwbouw", "renovatie", "@builder:woningbouw", "prefab"],
                Tasks:
                [
                    "Je plaatst kozijnen, deuren en ramen en werkt ze netjes af",
                    "Je bouwt [houtskeletbouwwanden|dakkapellen|binnenwanden en plafonds] onder begeleiding van een ervaren timmerman",
                    "Je leest bouwtekeningen en zet maten uit",
                    "Je werkt met [de cirkelzaag, afkortzaag en accuboormachine|elektrisch handgereedschap] en leert het onderhoud ervan",
                    "Je isoleert daken en gevels bij het verduurzamen van bestaande woningen",
                    "Je helpt bij het stellen van prefab-elementen met de kraan",
                    "Je houdt de bouwplaats opgeruimd en veilig",
                ],
                SeniorTasks: ["Je werkt zelfstandig een deel van het project uit", "Je begeleidt een eerstejaars leerling", "Je bestelt materiaal en overlegt met de uitvoerder"],
                Requirements: ["Je werkt nauwkeurig en hebt gevoel voor maten", "Je kunt een bouwtekening lezen of wilt dat leren"],
                Certificates: ["VCA basis", "rijbewijs B"],
                StudentExperience:
                [
                    "ik help mijn oom vaak met klussen en verbouwingen", "ik heb thuis samen met mijn vader de zolder verbouwd",
                    "vorig jaar heb ik bij een timmerbedrijf in {plaats} stage gelopen", "ik werk in het weekend bij een bouwmarkt",
                ],
                StudentTraits: ["ik ben handig en werk netjes", "ik ben vroeg op en niet bang voor een beetje regen", "ik werk graag met hout"],
                StudentInterests: ["ik wil later mijn eigen bedrijf", "houtskeletbouw vind ik interessant", "ik wil doorgroeien naar uitvoerder"]),
            new DemoRole(
                Key: "masonry",
                Weight: 2,
                Qualifications: [("Metselaar", 5), ("Allround Metselaar", 3), ("Tegelzetter", 2), ("Allround tegelzetter", 1)],
                Specialisations: ["nieuwbouw", "restauratie", "gevels"],
                Tasks:
                [
                    "Je metselt [binnen- en buitenmuren|gevels|borstweringen] van nieuwbouwwoningen",
                    "Je zet profielen en draden uit en werkt strak en waterpas",
                    "Je mengt specie en lijm en zorgt dat het materiaal op tijd klaarstaat",
                    "Je zet tegels in badkamers en keukens en kit ze af",
                    "Je werkt in een ploeg samen met een ervaren metselaar",
                ],
                SeniorTasks: ["Je werkt zelfstandig een gevel uit", "Je begeleidt een opperman of eerstejaars"],
                Requirements: ["Je bent sterk en hebt doorzettingsvermogen", "Je werkt netjes en precies"],
                Certificates: ["VCA basis"],
                StudentExperience: ["ik heb met mijn vader een schuur gemetseld", "ik werk als opperman bij een metselbedrijf"],
                StudentTraits: ["ik ben sterk en werk hard", "ik werk precies"],
                StudentInterests: ["ik wil graag ook restauratie leren"]),
            new DemoRole(
                Key: "site",
                Weight: 2,
                Qualifications:
                [
                    ("Middenkaderfunctionaris bouw", 4), ("Uitvoerder bouw/infra", 3), ("Middenkaderfunctionaris grond-, weg- en waterbouw", 2),
                    ("Uitvoerder", 1),
                ],
                Specialisations: ["werkvoorbereiding", "uitvoering", "calculatie"],
                Tasks:
                [
                    "Je maakt hoeveelheden- en kostenberekeningen voor [nieuwbouw|renovatie]projecten",
                    "Je werkt tekeningen uit in [Revit|AutoCAD|BIM-modellen] en houdt ze actueel",
                    "Je loopt mee met de uitvoerder en helpt bij planning en bouwvergaderingen",
                    "Je bestelt materiaal en regelt onderaannemers",
                    "Je controleert kwaliteit en veiligheid op de bouwplaats",
                ],
                SeniorTasks: ["Je bent aanspreekpunt voor de onderaannemers op je project", "Je maakt de weekplanning voor de bouwplaats"],
                Requirements: ["Je hebt overzicht en kunt goed plannen", "Je bent communicatief vaardig", "Je kunt werken met Excel en een tekenprogramma"],
                Certificates: ["VCA VOL", "rijbewijs B"],
                StudentExperience: ["ik heb al een timmeropleiding gedaan en wil nu verder", "ik teken veel in SketchUp en Revit op school"],
                StudentTraits: ["ik kan goed plannen en organiseren", "ik hou overzicht"],
                StudentInterests: ["ik wil uitvoerder worden", "BIM en 3D modelleren vind ik heel interessant"]),
            new DemoRole(
                Key: "civil",
                Weight: 2,
                Qualifications: [("Vakman gww", 4), ("Allround vakman gww", 2), ("Straatmaker", 3), ("Opperman bestratingen", 2), ("Waterbouwer", 1)],
                Specialisations: ["bestrating", "riolering", "waterbouw", "wegenbouw"],
                Tasks:
                [
                    "Je legt bestrating en trottoirbanden aan en werkt alles strak af",
                    "Je helpt bij het leggen van riolering, kabels en leidingen",
                    "Je werkt samen met de machinist van de graafmachine en geeft aanwijzingen",
                    "Je zet het werkvak af en zorgt dat verkeer en voetgangers veilig langs kunnen",
                    "Je werkt mee aan [kademuren|oeverbeschoeiingen|dijkversterking] langs het water",
                ],
                SeniorTasks: ["Je leidt een kleine ploeg op een project", "Je zet het werk uit met de meetapparatuur"],
                Requirements: ["Je werkt graag buiten, ook als het koud is", "Je bent fysiek sterk"],
                Certificates: ["VCA basis", "rijbewijs B"],
                StudentExperience: ["ik heb in de zomer bij een stratenmaker gewerkt", "mijn broer werkt ook in de infra"],
                StudentTraits: ["ik werk graag buiten", "ik kan goed samenwerken in een ploeg"],
                StudentInterests: ["ik wil later machinist worden", "waterbouw lijkt me interessant"]),
            new DemoRole(
                Key: "finishing",
                Weight: 2,
                Qualifications: [("Schilder", 5), ("Gezel schilder", 2), ("Stukadoor", 3), ("Gezel stukadoor", 1)],
                Specialisations: ["onderhoud", "renovatie", "nieuwbouw"],
                Tasks:
                [
                    "Je maakt ondergronden schoon, schuurt en plamuurt",
                    "Je schildert kozijnen, deuren en wanden, binnen en buiten",
                    "Je brengt stucwerk aan op wanden en plafonds",
                    "Je werkt vanaf de steiger of hoogwerker, altijd volgens de veiligheidsregels",
                    "Je hebt contact met bewoners als je bij hen thuis werkt",
                ],
                SeniorTasks: ["Je geeft kleuradvies aan klanten", "Je werkt zelfstandig een klus af"],
                Requirements: ["Je werkt netjes en precies", "Je bent klantvriendelijk"],
                Certificates: ["VCA basis"],
                StudentExperience: ["ik heb thuis al veel geschilderd", "ik heb een bijbaan bij een verfwinkel"],
                StudentTraits: ["ik werk netjes", "ik ben geduldig"],
                StudentInterests: ["decoratief schilderwerk vind ik mooi"]),
        ]);
}
