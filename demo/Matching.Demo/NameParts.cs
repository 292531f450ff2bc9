namespace Matching.Demo;

// Building blocks for invented company names and company facts. The names sound Dutch and local, and any
// likeness to a real firm is a coincidence of common surnames and river names.
internal static class NameParts
{
    public static readonly string[] Families =
    [
        "Van der Vlies", "De Groot", "Bakker", "Visser", "Verhoeven", "Van Dijk", "Jansen", "Smit", "Van den Berg",
        "Mulder", "De Jong", "Dekker", "Brouwer", "Van Leeuwen", "Vermeulen", "Hoogendoorn", "Van der Linden",
        "Schouten", "Verschoor", "Noordermeer", "Van Rij", "Kraaijeveld", "Van Wijngaarden", "Storm", "Koster",
        "Van Oudheusden", "Den Hartog", "Lagerwaard", "Van Bemmel", "Zevenbergen", "Blokland", "Verboom",
        "Van der Waal", "Boogaard", "Groenewegen", "Stolk", "Van Vliet", "Kuijpers", "Heijboer", "Van Gelder",
        "Ouwehand", "Roos", "Van Noort", "Verweij", "Van der Heijden", "Sluimer", "Van Es", "Oskam", "Van Tol",
        "Yilmaz", "El Amrani", "Kaya", "Nowak", "Da Silva", "Van Kempen", "Molenaar", "Timmers", "Speelman",
    ];

    public static readonly string[] Waters =
    [
        "Maas", "Nieuwe Maas", "Oude Maas", "Rotte", "Schie", "Hollandse IJssel", "Haringvliet", "Spui", "Noord",
        "Waal", "Merwede", "Lek",
    ];

    public static readonly string[] Homes =
    [
        "De Linde", "De Eikenhof", "Het Lindehof", "De Meidoorn", "Rozenhof", "De Wilgen", "De Maasoever", "Rijnmondhof",
        "De Rotte", "Akkerhof", "Schiehoven", "Vijverhof", "De Zonnebloem", "Het Anker", "De Kade", "Hofstede",
        "De Waterhoek", "Het Baken", "De Vlinderhof", "De Boogerd", "Het Kompas", "De Lichtboei", "Oeverhof",
        "De Regenboog", "Het Zonnehuis", "De Horizon", "De Klaproos", "Maaszicht", "De Buitenhof", "Het Veerhuis",
    ];

    // Headcounts by company size (DemoCompanyKind.Size 1, 2, 3 and up), so a dental practice never has 600 staff.
    public static readonly string[][] Headcounts =
    [
        ["4", "6", "8", "12", "18", "25"],
        ["25", "ruim 30", "40", "ongeveer 60", "ruim 80", "120"],
        ["120", "bijna 200", "ruim 350", "zo'n 600", "meer dan 1.000"],
    ];

    public static readonly string[] Founded =
    [
        "1921", "1948", "1956", "1963", "1972", "1978", "1985", "1991", "1997", "2003", "2008", "2012", "2016", "2019",
    ];
}
