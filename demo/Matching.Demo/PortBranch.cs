namespace Matching.Demo;

// The port of Rotterdam: terminals and stevedores, forwarders, inland shipping. SBB sector 02.
internal static class PortBranch
{
    public static DemoBranch Create() => new(
        Key: "port",
        SectorCode: "mobiliteit-transport-logistiek-maritiem",
        CompanyWeight: 10,
        StudentWeight: 7,
        BblShare: 0.4,
        EmailLocals: ["stages", "hr", "werving", "opleidingen", "leerbedrijf", "personeelszaken"],
        Cao: ["@terminal,forwarder:de cao voor het havenbedrijf", "@shipping:de cao Binnenvaart", "onze bedrijfs-cao"],
        Benefits:
        [
            "@terminal,operations,inland:Werkkleding, veiligheidsschoenen en alle PBM's",
            "@terminal,operations:De kans om bij ons je VCA en je heftruck- of reachstackercertificaat te halen",
            "@terminal,operations:Ploegentoeslag over avond-, nacht- en weekenduren",
            "Een vaste praktijkopleider die zelf [jaren op de kade heeft gewerkt|het vak van onderaf kent]",
            "@forwarder,portlogistics:Een eigen werkplek, laptop en toegang tot Portbase",
            "@shipping,inland:Kost en inwoning aan boord tijdens je vaarweken",
            "Een vaste baan in de haven als je je diploma haalt",
            "Een havenrondvaart en een introductieweek met de andere nieuwe collega's",
        ],
        Requirements:
        [
            "Je bent bereid VCA basis te halen (als je het nog niet hebt)",
            "@terminal,operations,shipping,inland:Je bent beschikbaar voor ploegendiensten, ook in het weekend",
            "@terminal,operations,inland:Je spreekt voldoende Nederlands of Engels om veiligheidsinstructies te begrijpen",
            "@terminal,operations:Je bent minimaal 18 jaar, in verband met het werken met zwaar materieel",
            "@terminal,operations:Je kunt een verklaring omtrent het gedrag (VOG) overleggen voor toegang tot het haventerrein",
        ],
        StudentDomains: ["in de haven", "@portlogistics:in de havenlogistiek", "@operations:op een terminal", "in de haven van Rotterdam", "@inland:in de binnenvaart"],
        StudentMotivation:
        [
            "ik wil echt in de haven werken", "de haven is waar het gebeurt in rotterdam", "mijn hele familie werkt in de haven",
            "ik wil iets doen met schepen en containers", "werken in de haven lijkt me veel afwisselender dan in een kantoor",
        ],
        Kinds:
        [
            new DemoCompanyKind(
                Key: "terminal",
                Weight: 4,
                Size: 3,
                PortAffinity: 0.85,
                Roles: ["operations", "portlogistics"],
                Names:
                [
                    "{gebied} Container Terminal B.V.", "{familie} Stevedoring B.V.", "Stuwadoorsbedrijf {familie} B.V.",
                    "{gebied} Bulk Terminal B.V.", "{water} Breakbulk Services B.V.", "Overslagbedrijf {familie} B.V.",
                    "{familie} Multimodal Terminal B.V.", "Maasmond Stuwadoors B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een [familiebedrijf|onafhankelijke terminal] {ingebied}. Met {medewerkers} medewerkers [behandelen|verwerken] we dag en nacht containers, breakbulk en projectlading.",
                    "Sinds {jaar} werkt {bedrijf} vanuit {degebied} voor rederijen en verladers uit de hele wereld.",
                    "Bij {bedrijf} {ingebied} draait alles om [snelheid|betrouwbaarheid|veiligheid] op de kade: schepen moeten op tijd weg, en dat lukt alleen met een sterk team.",
                    "{bedrijf} verzorgt [de overslag van containers en stukgoed|op- en overslag van droge bulk|de overslag van staal, hout en projectlading] voor klanten in de regio {regio} en ver daarbuiten.",
                    "Wij zijn {bedrijf}, een [middelgrote|groeiende] terminal met {medewerkers} collega's. Als erkend leerbedrijf leiden we al jaren mbo-studenten op.",
                    "In de haven is [altijd|continu] werk voor vakmensen. {bedrijf} {ingebied} zoekt daarom studenten die het vak in de praktijk willen leren.",
                ],
                Workplace:
                [
                    "Onze terminal {ingebied} is goed bereikbaar met auto of scooter; bij vroege diensten [kun je carpoolen met collega's|rijdt er een pendelbus vanaf metrostation Spijkenisse].",
                    "Je werkt op de kade en in de [loods|operationele keet], tussen de kranen, straddle carriers en vrachtwagens.",
                    "Er wordt gewerkt in ploegen; je rooster hoor je ruim van tevoren.",
                ]),
            new DemoCompanyKind(
                Key: "forwarder",
                Weight: 3,
                Size: 2,
                PortAffinity: 0.45,
                Roles: ["portlogistics"],
                Names:
                [
                    "{water} Shipping & Forwarding B.V.", "{familie} Expeditie B.V.", "{familie} Cargo Services B.V.",
                    "Rijnmond Freight Forwarding B.V.", "{familie} Douane-expediteurs B.V.", "{water} Logistics & Customs B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een [expediteur|logistiek dienstverlener|familiebedrijf] met kantoor {ingebied}. We regelen zee-, lucht- en wegvervoer voor [importeurs|exporteurs|groothandels] in heel Europa.",
                    "Vanuit {degebied} houden {medewerkers} collega's van {bedrijf} dagelijks duizenden zendingen in beweging.",
                    "Bij {bedrijf} werk je midden in de internationale handel: van containerboeking tot douaneaangifte.",
                    "{bedrijf} bestaat sinds {jaar} en is uitgegroeid tot een van de bekendere [familiebedrijven|expediteurs] in de regio {regio}.",
                ],
                Workplace:
                [
                    "Ons kantoor ligt [op loopafstand van metrostation Schiedam Centrum|aan de rand van {degebied}|vlak bij de A15], met gratis parkeren.",
                    "Je werkt op een kantoor met [een informele sfeer|collega's uit tien landen] en loopt regelmatig mee naar de terminal of het warehouse.",
                ]),
            new DemoCompanyKind(
                Key: "shipping",
                Weight: 2,
                Size: 1,
                PortAffinity: 0.5,
                Roles: ["inland"],
                Names:
                [
                    "Rederij {familie} B.V.", "Binnenvaartrederij {water} B.V.", "{familie} Tankvaart B.V.", "{familie} Binnenvaart B.V.",
                    "{familie} Shipping B.V.", "Duwvaart {water} B.V.",
                ],
                Intros:
                [
                    "{bedrijf} is een [familierederij|rederij] met [drie|vijf|twaalf] schepen die vanuit {degebied} varen op de Rijn, de Maas en in de Rotterdamse havens.",
                    "Bij {bedrijf} varen we sinds {jaar} met [tankschepen|containerschepen|duwbakken]. Aan boord werk je in een kleine, hechte bemanning.",
                    "{bedrijf} [vervoert containers tussen de zeeterminals en het achterland|vervoert chemische producten en brandstoffen|vervoert zand, grind en containers] en zoekt nieuwe vakmensen.",
                ],
                Workplace:
                [
                    "Je vaart in een [7/7|14/14] rooster: een week op, een week af.",
                    "Je woont tijdens je vaarweken aan boord, in een eigen hut.",
                ]),
        ],
        Roles:
        [
            new DemoRole(
                Key: "operations",
                Weight: 5,
                Qualifications: [("Medewerker Havenoperaties", 6), ("Gevorderd medewerker Havenoperaties", 3), ("Coördinator Havenoperaties", 2)],
                Specialisations: ["containerterminal", "op de kade", "bulkoverslag", "roll-on/roll-off", "tankopslag", "breakbulk"],
                Tasks:
                [
                    "Je [bedient|leert werken met] [een straddle carrier|een reachstacker|een terminaltrekker] op de containerterminal",
                    "Je helpt bij het [lossen en laden|sjorren en ontsjorren] van containers en zorgt dat alles volgens het stuwplan gaat",
                    "Je controleert containernummers, zegels en lading met de handscanner en registreert afwijkingen in het terminalsysteem",
                    "Je helpt bij het vastmaken en losgooien van zeeschepen en binnenvaartschepen",
                    "Je werkt met de heftruck en de reachstacker bij het stuwen van breakbulk en projectlading",
                    "Je houdt je aan de veiligheidsregels op de terminal: hesje, helm en veiligheidsschoenen zijn standaard",
                    "Je werkt in een [volcontinu rooster|vijfploegendienst|tweeploegendienst] en draait mee met een vaste ploeg",
                    "Je voert dagelijkse inspecties uit op het materieel en meldt storingen aan de technische dienst",
                    "Je communiceert via de portofoon met de kraanmachinist en de planning",
                    "Je [verwerkt|controleert] bulkgoederen zoals [kolen, ertsen en agribulk|graan en veevoer] met shovels en transportbanden",
                ],
                SeniorTasks:
                [
                    "Je coördineert de inzet van mensen en materieel tijdens [een scheepsbehandeling|de nachtdienst]",
                    "Je maakt samen met de planning de werkverdeling voor de ploeg",
                    "Je bent aanspreekpunt voor de kapitein, de agent en de stuwadoor",
                    "Je analyseert vertragingen en stelt verbeteringen voor",
                ],
                Requirements:
                [
                    "Je bent fysiek fit en werkt graag buiten, ook bij regen en wind",
                    "Je bent bereid om in ploegendienst te werken, ook in het weekend",
                    "Je hebt geen hoogtevrees",
                    "Je bent veiligheidsbewust en houdt je aan de regels",
                    "Je kunt goed samenwerken in een ploeg en communiceert duidelijk via de portofoon",
                ],
                Certificates: ["VCA basis", "heftruckcertificaat", "reachstackercertificaat", "rijbewijs B"],
                StudentExperience:
                [
                    "mijn vader en oom werken ook in de haven op de Maasvlakte",
                    "ik heb in de zomer gewerkt bij een containerdepot in {plaats}",
                    "ik heb al wat ervaring met heftruck rijden van mijn bijbaan",
                    "ik heb een meeloopdag gehad op een containerterminal en vond het echt vet",
                    "vorig jaar heb ik stage gelopen bij een overslagbedrijf in de Waalhaven",
                ],
                StudentTraits:
                [
                    "ik werk graag buiten en heb geen moeite met wind en regen", "ik ben niet bang voor hoogtes",
                    "ik vind samenwerken in een ploeg fijn", "ik ben veiligheidsbewust", "ploegendienst vind ik geen probleem",
                ],
                StudentInterests:
                [
                    "die grote schepen en kranen vind ik gewoon mooi", "ik wil later kraanmachinist worden",
                    "ik wil graag leren werken met een straddle carrier", "ik wil doorgroeien naar coördinator op de terminal",
                ]),
            new DemoRole(
                Key: "portlogistics",
                Weight: 4,
                Qualifications:
                [
                    ("Medewerker internationale havenlogistiek", 5), ("Medewerker havenlogistiek", 3), ("Coördinator internationale havenlogistiek", 3),
                    ("Coördinator havenlogistiek", 2), ("Specialist internationale havenlogistiek", 2), ("Manager havenlogistiek", 1),
                ],
                Specialisations: ["douane en documentatie", "expeditie", "containerplanning", "import", "export", "customer service"],
                Tasks:
                [
                    "Je maakt [douanedocumenten|exportdocumenten|vrachtbrieven en B/L's] in orde en controleert of de papieren kloppen met de lading",
                    "Je plant containertransport van en naar de terminals op de Maasvlakte en in de Waalhaven",
                    "Je houdt in [het TMS|Portbase|ons planningssysteem] de status van zendingen bij",
                    "Je hebt contact met rederijen, vervoerders en klanten, [in het Engels en het Nederlands|telefonisch en per mail]",
                    "Je lost problemen op als een container vertraging heeft of bij de douane wordt tegengehouden",
                    "Je controleert inkomende goederen in het warehouse en boekt ze in",
                    "Je helpt bij het opstellen van offertes voor zee- en luchtvracht",
                    "Je vraagt [pre-notificaties|vrijgaves|pincodes] aan bij de terminals zodat de vervoerder de container kan ophalen",
                ],
                SeniorTasks:
                [
                    "Je stuurt de dagplanning bij en verdeelt het werk over het team",
                    "Je denkt mee over betere samenwerking in de keten met terminals en vervoerders",
                    "Je maakt rapportages over doorlooptijden en kosten voor klanten",
                ],
                Requirements:
                [
                    "Je beheerst het Engels in woord en geschrift",
                    "Je werkt nauwkeurig en kunt goed met Excel overweg",
                    "Je bent communicatief sterk en houdt het overzicht als het druk is",
                    "Je kunt schakelen tussen verschillende klanten en systemen",
                ],
                Certificates: ["diploma Basiskennis Douane", "rijbewijs B"],
                StudentExperience:
                [
                    "ik heb een stage gedaan bij een expediteur in {plaats} en vond de planning het leukst",
                    "in mijn bijbaan bij een webshop regel ik de retouren",
                    "ik werk veel met Excel op school en dat gaat me goed af",
                    "ik heb een keer meegelopen bij een douane-expediteur",
                ],
                StudentTraits:
                [
                    "ik ben precies en hou van regelen", "ik hou van puzzelen met planningen", "ik raak niet snel in paniek als het druk is",
                    "ik ben goed in plannen",
                ],
                StudentInterests:
                [
                    "internationale handel vind ik interessant", "ik wil graag leren hoe een container de hele wereld over gaat",
                    "later wil ik door naar het hbo logistiek",
                ]),
            new DemoRole(
                Key: "inland",
                Weight: 2,
                Qualifications: [("Matroos binnenvaart", 5), ("Schipper binnenvaart", 2), ("Kapitein binnenvaart", 1), ("Bootman", 2)],
                Specialisations: ["tankvaart", "containervaart", "duwvaart", "droge lading"],
                Tasks:
                [
                    "Je vaart mee op [een tankschip|een containerschip|een duwbakcombinatie] tussen Rotterdam en [Duisburg|Antwerpen|Basel|Nijmegen]",
                    "Je helpt bij het aan- en afmeren en bedient de lieren en trossen",
                    "Je doet onderhoud aan dek: roest bikken, schilderen en smeren",
                    "Je helpt bij het laden en lossen en houdt de diepgang in de gaten",
                    "Je leert navigeren met radar en ECDIS, onder begeleiding van de schipper",
                    "Je helpt zeeschepen bij het vastmaken en losgooien in de havens",
                    "Je houdt de machinekamer en het schip schoon en netjes",
                ],
                SeniorTasks:
                [
                    "Je neemt onder toezicht het roer over op rustige trajecten",
                    "Je houdt het logboek en de ladingpapieren bij",
                    "Je stuurt de matrozen aan bij het laden en lossen",
                ],
                Requirements:
                [
                    "Je bent fysiek fit en kunt zwemmen",
                    "Je vindt het geen probleem om een week of langer van huis te zijn",
                    "Je hebt een geldige medische keuring of haalt die voor je begint",
                    "Je bent handig en werkt graag buiten",
                ],
                Certificates: ["VCA basis", "ADN-basiscertificaat", "marifooncertificaat"],
                StudentExperience:
                [
                    "mijn opa was schipper en ik ben vaak meegevaren", "ik zeil al jaren bij een vereniging op de Rotte",
                    "ik heb tijdens mijn eerste stage al een week meegevaren op een tanker",
                ],
                StudentTraits:
                [
                    "ik vind het niet erg om lang van huis te zijn", "ik ben handig en niet bang om vies te worden",
                    "ik kan goed samenleven met anderen aan boord",
                ],
                StudentInterests: ["ik wil later mijn eigen schip", "varen op de Rijn lijkt me geweldig", "ik wil kapitein worden"]),
        ]);
}
