using Matching.Api.Reference;

namespace Matching.Api.Demo;

// The PC4 areas where demo students live and demo companies work: those of the chosen labour-market regions.
internal sealed class DemoGeography
{
    // Port and industrial areas of Rotterdam: port companies cluster here, and hardly anyone lives in the last six.
    private static readonly Dictionary<int, string> PortAreas = new()
    {
        [3088] = "Waalhaven", [3089] = "Eemhaven", [3195] = "Pernis", [3196] = "Vondelingenplaat", [3197] = "Botlek",
        [3198] = "Europoort", [3199] = "Maasvlakte", [3181] = "Rozenburg", [3151] = "Hoek van Holland",
    };

    private static readonly HashSet<int> WithoutResidents = [3088, 3196, 3197, 3198, 3199];

    // Rotterdam is one "place" in the postcode table; its districts make texts read like local vacancies.
    private static readonly (int From, int To, string District)[] RotterdamDistricts =
    [
        (3011, 3016, "Rotterdam-Centrum"), (3021, 3029, "Delfshaven"), (3031, 3039, "Rotterdam-Noord"),
        (3041, 3047, "Overschie"), (3051, 3056, "Hillegersberg"), (3059, 3059, "Terbregge"), (3061, 3063, "Kralingen"),
        (3064, 3069, "Prins Alexander"), (3071, 3072, "Kop van Zuid"), (3073, 3076, "Feijenoord"),
        (3077, 3079, "IJsselmonde"), (3081, 3087, "Charlois"),
    ];

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

    public IReadOnlyList<Postcode> InMunicipalityOf(Postcode postcode) => _byMunicipality[postcode.MunicipalityCode];

    public static bool IsPort(Postcode postcode) => PortAreas.ContainsKey(postcode.Code);

    // The postcode table names a few villages "Hoogvliet Rotterdam"; texts use the village name alone.
    public static string PlaceName(Postcode postcode)
    {
        var place = postcode.Place;
        return place.EndsWith(" Rotterdam", StringComparison.Ordinal) && place.Length > " Rotterdam".Length
            ? place[..^" Rotterdam".Length]
            : place;
    }

    public static string AreaName(Postcode postcode)
    {
        if (PortAreas.TryGetValue(postcode.Code, out var port))
        {
            return port;
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
