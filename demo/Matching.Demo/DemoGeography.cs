using Matching.Api.Reference;

namespace Matching.Demo;

// The PC4 areas where demo students live and demo companies work: those of the chosen labour-market regions.
internal sealed class DemoGeography
{
    // Port and industrial areas of Rotterdam: port companies cluster here, and hardly anyone lives in five of them.
    // Dutch says "op de Maasvlakte" and "in de Botlek" but "in Pernis", so each area carries its own article and preposition.
    private static readonly Dictionary<int, (string Name, string WithArticle, string Locative)> PortAreas = new()
    {
        [3088] = ("Waalhaven", "de Waalhaven", "in de Waalhaven"),
        [3089] = ("Heijplaat", "Heijplaat", "op Heijplaat"),
        [3195] = ("Pernis", "Pernis", "in Pernis"),
        [3196] = ("Vondelingenplaat", "de Vondelingenplaat", "op de Vondelingenplaat"),
        [3197] = ("Botlek", "de Botlek", "in de Botlek"),
        [3198] = ("Europoort", "Europoort", "in Europoort"),
        [3199] = ("Maasvlakte", "de Maasvlakte", "op de Maasvlakte"),
        [3181] = ("Rozenburg", "Rozenburg", "in Rozenburg"),
        [3151] = ("Hoek van Holland", "Hoek van Holland", "in Hoek van Holland"),
    };

    private static readonly HashSet<int> WithoutResidents = [3088, 3196, 3197, 3198, 3199];

    // PC4s whose first place in the postcode table is an industrial area although most people there live in a village.
    private static readonly Dictionary<int, string> PlaceOverrides = new() { [3193] = "Hoogvliet" };

    // Rotterdam is one "place" in the postcode table; its districts make texts read like local vacancies.
    private static readonly (int From, int To, string District)[] RotterdamDistricts =
    [
        (3011, 3016, "Rotterdam-Centrum"), (3021, 3029, "Delfshaven"), (3031, 3039, "Rotterdam-Noord"),
        (3041, 3047, "Overschie"), (3051, 3056, "Hillegersberg"), (3059, 3059, "Terbregge"), (3061, 3063, "Kralingen"),
        (3064, 3069, "Prins Alexander"), (3071, 3072, "Kop van Zuid"), (3073, 3076, "Feijenoord"),
        (3077, 3079, "IJsselmonde"), (3081, 3087, "Charlois"),
    ];

    private const double NearbyKm = 5;

    private readonly Dictionary<string, Postcode[]> _byMunicipality;

    private DemoGeography(Postcode[] all, Postcode[] residential, Postcode[] port, Dictionary<string, Postcode[]> byMunicipality)
    {
        All = all;
        Residential = residential;
        Port = port;
        _byMunicipality = byMunicipality;
    }

    public IReadOnlyList<Postcode> All { get; }

    public IReadOnlyList<Postcode> Residential { get; }

    public IReadOnlyList<Postcode> Port { get; }

    public IReadOnlyList<string> MunicipalityNames { get; private init; } = [];

    public static DemoGeography Create(ReferenceDataSet reference, IReadOnlyList<string> regionCodes)
    {
        if (regionCodes.Count == 0)
        {
            throw new ArgumentException("At least one labour-market region is needed.", nameof(regionCodes));
        }
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in regionCodes)
        {
            regions.Add(reference.FindRegion(code)?.Code ?? throw new ArgumentException($"Unknown labour-market region '{code}'.", nameof(regionCodes)));
        }

        var municipalities = reference.Municipalities.Where(m => regions.Contains(m.RegionCode)).ToList();
        var codes = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var all = reference.Postcodes.Where(p => codes.Contains(p.MunicipalityCode)).OrderBy(p => p.Code).ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("The chosen regions have no postcodes.", nameof(regionCodes));
        }
        var residential = all.Where(p => !WithoutResidents.Contains(p.Code)).ToArray();
        var port = all.Where(p => PortAreas.ContainsKey(p.Code)).ToArray();
        var byMunicipality = all.GroupBy(p => p.MunicipalityCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return new DemoGeography(all, residential.Length > 0 ? residential : all, port, byMunicipality)
        {
            MunicipalityNames = [.. municipalities.Select(m => m.Name)],
        };
    }

    // A second location of a company: another PC4 of its municipality within a few kilometres, found by a few
    // random tries (constant time) rather than a search; the company's own PC4 when none is that close.
    public Postcode Near(Postcode origin, DemoRandom random)
    {
        var candidates = _byMunicipality[origin.MunicipalityCode];
        var industrial = WithoutResidents.Contains(origin.Code);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // A childcare centre in a shop street may move next door, not onto the Maasvlakte.
            var candidate = random.Pick(candidates);
            if (DistanceKm(origin, candidate) <= NearbyKm && (industrial || !WithoutResidents.Contains(candidate.Code)))
            {
                return candidate;
            }
        }
        return origin;
    }

    // Equirectangular approximation: accurate to well under a percent over a few kilometres.
    private static double DistanceKm(Postcode a, Postcode b)
    {
        var x = (b.Longitude - a.Longitude) * Math.Cos((a.Latitude + b.Latitude) * Math.PI / 360);
        var y = b.Latitude - a.Latitude;
        return Math.Sqrt(x * x + y * y) * Math.PI / 180 * 6371;
    }

    public static bool IsPort(Postcode postcode) => PortAreas.ContainsKey(postcode.Code);

    // The postcode table names a few villages "Hoogvliet Rotterdam"; texts use the village name alone, and
    // "Rotterdam" for the port areas where nobody lives ("in Botlek" is not Dutch; AreaLocative says "in de Botlek").
    public static string PlaceName(Postcode postcode)
    {
        if (PlaceOverrides.TryGetValue(postcode.Code, out var village))
        {
            return village;
        }
        var place = postcode.Place;
        if (WithoutResidents.Contains(postcode.Code) && place.EndsWith(" Rotterdam", StringComparison.Ordinal))
        {
            return "Rotterdam";
        }
        return place.EndsWith(" Rotterdam", StringComparison.Ordinal) && place.Length > " Rotterdam".Length
            ? place[..^" Rotterdam".Length]
            : place;
    }

    public static string AreaWithArticle(Postcode postcode) =>
        PortAreas.TryGetValue(postcode.Code, out var port) ? port.WithArticle : AreaName(postcode);

    public static string AreaLocative(Postcode postcode) =>
        PortAreas.TryGetValue(postcode.Code, out var port) ? port.Locative : $"in {AreaName(postcode)}";

    public static string AreaName(Postcode postcode)
    {
        if (PortAreas.TryGetValue(postcode.Code, out var port))
        {
            return port.Name;
        }
        if (postcode.MunicipalityCode == "0599")
        {
            foreach (var (from, to, district) in RotterdamDistricts)
            {
                if (postcode.Code >= from && postcode.Code <= to)
                {
                    return district;
                }
            }
        }
        return PlaceName(postcode);
    }
}
