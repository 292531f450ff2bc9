namespace Matching.Demo;

// Restaurants, hotels, catering and events. SBB sector 06.
internal static class HospitalityBranch
{
    public static DemoBranch Create() => new(
        Key: "hospitality",
        SectorCode: "voedsel-groen-gastvrijheid",
        CompanyWeight: 9,
        StudentWeight: 9,
        BblShare: 0.3,
        EmailLocals: ["stages", "keuken", "info", "hr", "werkenbij"],
        Cao: ["@restaurant,hotel:de cao Horeca", "@catering:de cao Contractcatering"],
        Benefits:
        [
            "Een gratis maaltijd tijdens je dienst",
            "@restaurant:Een fooienpot die eerlijk wordt verdeeld",
            "@kitchen:Werkkleding en koksbuizen",
            "De kans om mee te draaien op [grote evenementen|een sterrenzaak in de stad|ons terras aan het water]",
            "@kitchen,service:SVH-certificaten op onze kosten",
        ],
        Requirements:
        [
            "Je bent beschikbaar in de avonden en weekenden",
            "Je werkt hygiënisch en volgens HACCP",
            "Je houdt van aanpakken, ook als het druk is",
        ],
        StudentDomains: ["in de horeca", "@kitchen,service:in een restaurant", "@frontdesk:in een hotel", "@kitchen:in de keuken", "@fastservice:in een lunchroom"],
        StudentMotivation: ["horeca is mijn leven", "ik hou van koken", "ik werk graag als het druk is", "ik wil later mijn eigen restaurant"],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "restaurant",
                Weight: 5,
                Size: 1,
                PortAffinity: 0.05,
                Roles: ["kitchen", "service"],
                Names:
                [
                    "Restaurant {hof}", "Brasserie {water}", "Eetcafé {familie}", "Grand Café {gebied}", "Restaurant Aan de {water}",
                    "Bistro {familie}", "Paviljoen {hof}", "Café-restaurant {hof}",
                ],
                Intros:
                [
                    "{bedrijf} {ingebied} heeft [80|120|200] zitplaatsen en een groot terras[ aan het water|| op het zuiden].",
                    "In onze keuken werken we met [seizoensproducten van lokale boeren|verse vis van de afslag|een open grill], en we koken alles zelf.",
                    "{bedrijf} is al sinds {jaar} een begrip in {plaats}.",
                    "Bij {bedrijf} draait alles om gastvrijheid: gasten moeten zich vanaf de deur welkom voelen.",
                ],
                Workplace: ["Je werkt in een open keuken of in de bediening, in een team van [acht|twaalf|twintig] collega's.", "We zijn zeven dagen per week open, van lunch tot diner."]),
            new DemoCompanyKind(
                Key: "hotel",
                Weight: 2,
                Size: 3,
                PortAffinity: 0.05,
                Roles: ["kitchen", "service", "frontdesk"],
                Names: ["Hotel {hof}", "Hotel {water}", "Hotel-Restaurant {hof}", "Hotel {familie}"],
                Intros:
                [
                    "{bedrijf} is een [viersterrenhotel|boutique hotel|congreshotel] {ingebied} met [90|150|250] kamers, een restaurant en vergaderzalen.",
                    "Bij {bedrijf} verblijven zakelijke gasten en toeristen uit de hele wereld.",
                ],
                Workplace: ["Je draait mee op verschillende afdelingen: keuken, restaurant, bar en receptie."]),
            new DemoCompanyKind(
                Key: "catering",
                Weight: 2,
                Size: 2,
                PortAffinity: 0.1,
                Roles: ["kitchen", "fastservice"],
                Names: ["{familie} Catering B.V.", "Cateringbedrijf {water} B.V.", "{gebied} Lunchroom", "{familie} Food & Events B.V."],
                Intros:
                [
                    "{bedrijf} verzorgt [bedrijfscatering|evenementencatering|lunches voor scholen en kantoren] in de regio {regio}.",
                    "Vanuit onze productiekeuken in {plaats} bereiden we dagelijks [honderden|duizenden] maaltijden.",
                ],
                Workplace: ["Je werkt in onze productiekeuken en op locatie bij evenementen."]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "kitchen",
                Weight: 5,
                Qualifications: [("Kok", 6), ("Zelfstandig werkend kok", 3), ("Gespecialiseerd kok", 1)],
                Specialisations: ["@restaurant,hotel:à la carte", "@hotel,catering:banqueting", "@catering:productiekeuken", "warme keuken"],
                Tasks:
                [
                    "Je doet de mise-en-place: snijden, marineren, sauzen en fonds trekken",
                    "Je staat op [de koude kant|de warme kant|de grill|de pass] tijdens de service",
                    "Je werkt volgens HACCP en houdt temperaturen en houdbaarheid bij",
                    "Je helpt bij het bedenken van nieuwe gerechten voor de seizoenskaart",
                    "Je neemt leveringen aan en controleert de kwaliteit",
                    "Je houdt je werkplek en de koelcel schoon",
                ],
                SeniorTasks: ["Je draait zelfstandig een post tijdens de service", "Je maakt bestellijsten en helpt bij de menucalculatie"],
                Requirements: ["Je hebt passie voor eten en koken", "Je kunt onder tijdsdruk werken"],
                Certificates: ["HACCP-certificaat", "SVH Sociale Hygiëne"],
                StudentExperience:
                [
                    "ik werk als afwasser in een restaurant in {plaats} en help steeds vaker mee in de keuken",
                    "ik kook thuis bijna elke dag voor mijn familie", "ik heb bij een snackbar gewerkt",
                ],
                StudentTraits: ["ik ben creatief met eten", "ik kan goed tegen stress in de keuken", "ik werk schoon"],
                StudentInterests: ["ik wil later chef worden", "ik hou van de Aziatische keuken", "patisserie vind ik ook heel leuk"]),
            new DemoRole(
                Key: "service",
                Weight: 4,
                Qualifications: [("Gastheer/-vrouw", 5), ("Zelfstandig werkend gastheer/-vrouw", 3), ("Leidinggevende bediening", 1)],
                Specialisations: ["bediening", "bar", "@hotel:ontbijt en roomservice"],
                Tasks:
                [
                    "Je ontvangt gasten, neemt bestellingen op en serveert de gerechten",
                    "Je geeft advies over [de wijnen|de gerechten en allergenen|bijpassende drankjes]",
                    "Je maakt koffie en drankjes achter de bar",
                    "Je dekt tafels en zorgt dat het restaurant klaar is voor de service",
                    "Je rekent af met gasten",
                ],
                SeniorTasks: ["Je leidt een station in het restaurant", "Je stuurt de runners en afruimers aan"],
                Requirements: ["Je bent gastvrij en spontaan", "Je hebt overzicht, ook als het restaurant vol zit"],
                Certificates: ["SVH Sociale Hygiëne", "barista-certificaat"],
                StudentExperience: ["ik werk al een jaar in de bediening bij een strandtent", "ik heb bij een koffiezaak gewerkt als barista"],
                StudentTraits: ["ik ben spontaan en gastvrij", "ik hou van drukte"],
                StudentInterests: ["ik wil graag leren over wijn", "ik wil later in een hotel werken"]),
            new DemoRole(
                Key: "frontdesk",
                Weight: 2,
                Qualifications: [("Allround hospitality medewerker", 4), ("Zelfstandig medewerker leisure & hospitality", 2), ("Leidinggevende international hospitality", 1)],
                Specialisations: ["receptie", "front office", "events"],
                Tasks:
                [
                    "Je checkt gasten in en uit en beantwoordt vragen",
                    "Je verwerkt reserveringen in [Opera|het reserveringssysteem]",
                    "Je helpt bij de organisatie van vergaderingen en evenementen",
                    "Je geeft gasten tips over [de stad|wat er te doen is in {plaats}]",
                ],
                SeniorTasks: ["Je draait zelfstandig een dienst op de receptie", "Je handelt klachten af"],
                Requirements: ["Je spreekt Engels en liefst nog een taal", "Je bent representatief"],
                Certificates: ["BHV-diploma"],
                StudentExperience: ["ik heb een zomer in een hotel in Spanje gewerkt", "ik werk bij een bioscoop aan de kassa"],
                StudentTraits: ["ik ben gastvrij en representatief", "ik praat makkelijk met gasten"],
                StudentInterests: ["ik wil later in het buitenland werken", "events organiseren lijkt me leuk"]),
            new DemoRole(
                Key: "fastservice",
                Weight: 2,
                Qualifications: [("Medewerker fastservice", 4), ("1e Medewerker fastservice", 2)],
                Specialisations: ["lunchroom", "catering"],
                Tasks:
                [
                    "Je bereidt broodjes, salades en snacks",
                    "Je helpt klanten aan de balie en rekent af",
                    "Je houdt de vitrine vol en netjes",
                    "Je werkt volgens HACCP",
                ],
                SeniorTasks: ["Je opent en sluit de zaak", "Je maakt de bestellingen"],
                Requirements: ["Je bent snel en klantvriendelijk"],
                Certificates: ["HACCP-certificaat"],
                StudentExperience: ["ik werk bij een fastfoodrestaurant"],
                StudentTraits: ["ik werk snel en vriendelijk"],
                StudentInterests: ["ik wil later een eigen lunchroom"]),
        ]);
}
