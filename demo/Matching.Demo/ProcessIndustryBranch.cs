namespace Matching.Demo;

// The petrochemical and process industry and its maintenance contractors in Botlek, Pernis and Europoort. SBB sector 01.
internal static class ProcessIndustryBranch
{
    public static DemoBranch Create() => new(
        Key: "process",
        SectorCode: "techniek-gebouwde-omgeving",
        CompanyWeight: 6,
        StudentWeight: 5,
        BblShare: 0.5,
        EmailLocals: ["stages", "hr", "opleidingen", "recruitment"],
        Cao: ["@contractor:de cao Metaal & Techniek", "@plant:onze ondernemings-cao"],
        Benefits:
        [
            "Een leerbedrijf met een eigen opleidingscentrum",
            "Ploegentoeslag tot wel 30 procent",
            "Alle veiligheidstrainingen en certificaten op onze kosten",
            "Goede kans op een baan in de procesindustrie",
            "Werkkleding en PBM's",
        ],
        Requirements:
        [
            "Je bent veiligheidsbewust en houdt je strikt aan de procedures",
            "Je bent bereid om op termijn in ploegendienst te werken",
            "Je hebt een technische achtergrond of interesse in techniek",
        ],
        StudentDomains: ["in de procesindustrie", "in de industrie", "in de haven bij een fabriek", "in de petrochemie"],
        StudentMotivation:
        [
            "ik wil graag in de procesindustrie werken", "de fabrieken in de Botlek vind ik indrukwekkend", "de industrie betaalt goed en heeft veel werk",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "plant",
                Weight: 2,
                Size: 4,
                PortAffinity: 0.85,
                Roles: ["operator", "maintenance"],
                Names: ["{gebied} Chemicals B.V.", "{gebied} Chemie B.V.", "{familie} Process Industries B.V.", "{gebied} Industriepark B.V.", "{water} Chemicals B.V."],
                Intros:
                [
                    "{bedrijf} produceert [basischemicaliën|kunststoffen|biobrandstoffen|waterstof] {ingebied}, 24 uur per dag, 7 dagen per week.",
                    "Op onze site {ingebied} werken {medewerkers} mensen aan een veilige en steeds duurzamere productie.",
                    "{bedrijf} investeert de komende jaren fors in [CO2-afvang|elektrificatie van het proces|groene waterstof] en heeft daarvoor nieuwe vakmensen nodig.",
                ],
                Workplace: ["Je werkt in de controlekamer en buiten in de installatie, in een vaste ploeg.", "Je krijgt eerst een uitgebreide veiligheidsintroductie voor de site."]),
            new DemoCompanyKind(
                Key: "contractor",
                Weight: 3,
                Size: 2,
                PortAffinity: 0.5,
                Roles: ["maintenance", "metal"],
                Names: ["{familie} Industrial Services B.V.", "{familie} Maintenance B.V.", "{gebied} Constructie & Onderhoud B.V.", "{familie} Machinefabriek B.V.", "{familie} Staalbouw B.V."],
                Intros:
                [
                    "{bedrijf} doet onderhoud, revisies en nieuwbouw bij raffinaderijen en chemische bedrijven in de regio {regio}.",
                    "{bedrijf} uit {plaats} heeft {medewerkers} medewerkers en een eigen werkplaats.",
                    "Bij {bedrijf} maken en onderhouden we [pompen en compressoren|leidingwerk en tanks|staalconstructies] voor de industrie en de offshore.",
                ],
                Workplace: ["Je werkt in onze werkplaats in {plaats} en op locatie bij klanten in de haven."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "operator",
                Weight: 3,
                Qualifications: [("Procesoperator A", 3), ("Procesoperator B", 4), ("Operator C", 3), ("Mechanisch operator B", 1)],
                Specialisations: ["ploegendienst", "productie", "controlekamer"],
                Tasks:
                [
                    "Je loopt rondes door de installatie en controleert pompen, kleppen en leidingen",
                    "Je neemt monsters en doet eenvoudige analyses",
                    "Je bedient de installatie vanuit de controlekamer, met [het DCS|het procesbesturingssysteem]",
                    "Je bereidt onderhoud voor door installatiedelen veilig af te sluiten en vrij te geven",
                    "Je meldt afwijkingen en storingen en helpt bij het oplossen ervan",
                ],
                SeniorTasks: ["Je begeleidt op- en afstartprocedures", "Je denkt mee over procesverbeteringen", "Je werkt werkvergunningen uit"],
                Requirements: ["Je bent alert en houdt het overzicht", "Je kunt goed rapporteren"],
                Certificates: ["VCA VOL", "ademluchtcertificaat"],
                StudentExperience: ["ik heb tijdens een open dag de controlekamer van een raffinaderij gezien", "mijn vader werkt als operator in de Botlek"],
                StudentTraits: ["ik ben alert en werk veilig", "ik ben nauwkeurig"],
                StudentInterests: ["ik wil graag in een controlekamer werken", "chemie vond ik altijd al leuk"]),
            new DemoRole(
                Key: "maintenance",
                Weight: 3,
                Qualifications:
                [
                    ("Eerste monteur service en onderhoud werktuigbouw", 3), ("Eerste monteur service en onderhoud elektrotechniek en instrumentatie", 2),
                    ("Monteur mechatronica", 3), ("Eerste monteur mechatronica", 2), ("Technicus mechatronica", 1), ("Technicus engineering", 1),
                ],
                Specialisations: ["werktuigbouw", "instrumentatie", "mechatronica", "storingsdienst"],
                Tasks:
                [
                    "Je voert preventief onderhoud uit aan pompen, compressoren en afsluiters",
                    "Je demonteert en monteert machinedelen en vervangt lagers en afdichtingen",
                    "Je helpt bij het kalibreren van meet- en regelapparatuur",
                    "Je werkt mee tijdens een turnaround, als een hele fabriek stil ligt voor onderhoud",
                    "Je zoekt storingen met [meetapparatuur|de PLC-software|schema's en tekeningen]",
                ],
                SeniorTasks: ["Je stelt onderhoudsrapporten op", "Je bereidt werkorders voor in SAP"],
                Requirements: ["Je bent technisch inzichtelijk", "Je werkt gestructureerd"],
                Certificates: ["VCA VOL", "NEN 3140-instructie"],
                StudentExperience: ["ik sleutel in mijn vrije tijd aan scooters", "ik heb stage gelopen bij een machinefabriek"],
                StudentTraits: ["ik ben technisch en nieuwsgierig hoe dingen werken", "ik werk gestructureerd"],
                StudentInterests: ["ik wil storingsmonteur worden", "PLC programmeren vind ik interessant"]),
            new DemoRole(
                Key: "metal",
                Weight: 2,
                Qualifications: [("Basislasser", 3), ("Allround lasser", 2), ("Constructiewerker", 2), ("Allround constructiewerker", 1), ("Pijpenbewerker", 1)],
                Specialisations: ["lassen", "constructie", "pijpleidingen"],
                Tasks:
                [
                    "Je last [MIG/MAG|TIG|met de elektrode] constructies en leidingwerk",
                    "Je zaagt, boort en zet plaatmateriaal op maat",
                    "Je leest werktekeningen en isometrieën",
                    "Je helpt bij de montage van staalconstructies op locatie",
                ],
                SeniorTasks: ["Je last volgens lasmethodebeschrijvingen en bereidt lascertificaten voor"],
                Requirements: ["Je hebt een vaste hand en oog voor detail", "Je werkt veilig"],
                Certificates: ["VCA basis", "lascertificaat"],
                StudentExperience: ["ik las al een beetje thuis in de schuur", "op school ben ik goed in TIG-lassen"],
                StudentTraits: ["ik heb een vaste hand", "ik werk precies"],
                StudentInterests: ["ik wil gecertificeerd lasser worden en later offshore werken"]),
        ]);
}
