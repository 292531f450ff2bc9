using System.Globalization;
using System.Text.Json;

namespace Matching.Api.Reference;

internal static class ReferenceDataReader
{
    public const string RegionsFile = "arbeidsmarktregio_gemeente_2026.json";
    public const string MunicipalitiesFile = "cbs_gebieden_2023_gemeenten_provincie_res.csv";
    public const string PostcodesFile = "pc4_nl_geonames_2017.tsv";
    public const string QualificationsFile = "sbb_crebo_kwalificaties.csv";
    public const string MergersFile = "gemeentelijke_herindelingen_2018_2026.csv";
    public const string OccupationsFile = "esco_beroepen_kwalificaties.csv";

    // Our public sector codes are stable slugs of our own choosing, not slugs of SBB's names, so a
    // rename by SBB does not change the API.
    private static readonly (string SbbCode, string Code)[] SectorCodes =
    [
        ("01", "techniek-gebouwde-omgeving"),
        ("02", "mobiliteit-transport-logistiek-maritiem"),
        ("03", "zorg-welzijn-sport"),
        ("04", "handel"),
        ("05", "ict-creatieve-industrie"),
        ("06", "voedsel-groen-gastvrijheid"),
        ("07", "zakelijke-dienstverlening-veiligheid"),
        ("08", "specialistisch-vakmanschap"),
        ("09", "entree"),
    ];

    // Shared instances, so qualifications with the same learning paths are equal as records.
    private static readonly IReadOnlyList<string> BolAndBbl = Array.AsReadOnly(["BOL", "BBL"]);
    private static readonly IReadOnlyList<string> BolOnly = Array.AsReadOnly(["BOL"]);
    private static readonly IReadOnlyList<string> BblOnly = Array.AsReadOnly(["BBL"]);

    public static ReferenceDataSet Read(Func<string, string> readFile)
    {
        // The 2026 region file defines today's municipalities; every other file is checked against it.
        var regionNameByMunicipality = ReadRegionFile(readFile(RegionsFile));
        var regions = regionNameByMunicipality.Values
            .Distinct(StringComparer.Ordinal)
            .Select(name => new LabourMarketRegion(ReferenceDataSet.Slug(name), name))
            .OrderBy(region => region.Code, StringComparer.Ordinal)
            .ToList();
        var duplicateSlug = regions.GroupBy(region => region.Code).FirstOrDefault(group => group.Count() > 1);
        if (duplicateSlug is not null)
        {
            throw new InvalidDataException($"{RegionsFile}: several regions share the code '{duplicateSlug.Key}'.");
        }

        var municipalities = ReadMunicipalities(readFile(MunicipalitiesFile), regionNameByMunicipality);
        var known = municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var mergers = ReadMergers(readFile(MergersFile), known);
        var postcodes = ReadPostcodes(readFile(PostcodesFile), known, mergers);
        var (sectors, qualifications, groups) = ReadQualifications(readFile(QualificationsFile));
        var occupationWords = ReadOccupationWords(readFile(OccupationsFile), groups);
        var searchTerms = groups.ToDictionary(
            group => group.Key,
            group => new QualificationSearchTerms(group.Value.MainGroup, group.Value.SubGroup, occupationWords.GetValueOrDefault(group.Key, [])));

        return new ReferenceDataSet(sectors, regions, municipalities, postcodes, qualifications, searchTerms);
    }

    private static Dictionary<string, string> ReadRegionFile(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("gemeenten", out var municipalities)
            || municipalities.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{RegionsFile}: no \"gemeenten\" object.");
        }

        // "_bron" beside it only records where CBS published the table.
        var regionByMunicipality = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in municipalities.EnumerateObject())
        {
            regionByMunicipality[RequireMunicipalityCode(property.Name, RegionsFile)] =
                property.Value.GetString() ?? throw new InvalidDataException($"{RegionsFile}: no region for {property.Name}.");
        }
        return regionByMunicipality;
    }

    private static List<Municipality> ReadMunicipalities(string csv, Dictionary<string, string> regionNameByMunicipality)
    {
        // Read by position: CBS's header names ("Codes en namen van gemeenten|Naam") are long and localised.
        var municipalities = new List<Municipality>();
        foreach (var row in CsvParser.Parse(csv).Skip(1))
        {
            RequireColumns(row, 4, MunicipalitiesFile);
            var gmCode = row[1].Trim();
            if (!gmCode.StartsWith("GM", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{MunicipalitiesFile}: '{gmCode}' is not a GM code.");
            }
            var code = RequireMunicipalityCode(gmCode[2..], MunicipalitiesFile);
            if (!regionNameByMunicipality.TryGetValue(code, out var regionName))
            {
                throw new InvalidDataException($"{MunicipalitiesFile}: municipality {code} is not in {RegionsFile}.");
            }
            municipalities.Add(new Municipality(code, row[0].Trim(), row[3].Trim(), ReferenceDataSet.Slug(regionName)));
        }

        // Both files describe the same set of municipalities; a difference means one of them is out of date.
        if (municipalities.Count != regionNameByMunicipality.Count
            || municipalities.Select(m => m.Code).Distinct(StringComparer.Ordinal).Count() != municipalities.Count)
        {
            throw new InvalidDataException(
                $"{MunicipalitiesFile} has {municipalities.Count} rows, {RegionsFile} {regionNameByMunicipality.Count} municipalities.");
        }
        municipalities.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return municipalities;
    }

    private static Dictionary<string, string> ReadMergers(string csv, HashSet<string> known)
    {
        var newCodeByOldCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CsvParser.Parse(csv).Skip(1))
        {
            RequireColumns(row, 5, MergersFile);
            var oldCode = RequireMunicipalityCode(row[0], MergersFile);
            var newCode = RequireMunicipalityCode(row[2], MergersFile);
            // An old code that still exists would silently move that municipality's postcodes elsewhere.
            if (known.Contains(oldCode) || !known.Contains(newCode))
            {
                throw new InvalidDataException($"{MergersFile}: {oldCode} -> {newCode} must map a former municipality to a current one.");
            }
            if (!newCodeByOldCode.TryAdd(oldCode, newCode))
            {
                throw new InvalidDataException($"{MergersFile}: {oldCode} appears twice.");
            }
        }
        return newCodeByOldCode;
    }

    private static List<Postcode> ReadPostcodes(string tsv, HashSet<string> known, Dictionary<string, string> mergers)
    {
        var rows = new List<(int Code, string Place, string MunicipalityCode, double Latitude, double Longitude)>();
        foreach (var row in CsvParser.Parse(tsv, '\t'))
        {
            RequireColumns(row, 11, PostcodesFile);
            var code = int.Parse(row[1], NumberStyles.None, CultureInfo.InvariantCulture);
            // The file has 2017 boundaries; failing here means a merger is missing from the table.
            var municipality = RequireMunicipalityCode(row[6], PostcodesFile);
            if (!known.Contains(municipality) && !mergers.TryGetValue(municipality, out municipality))
            {
                throw new InvalidDataException(
                    $"{PostcodesFile}: PC4 {code} has municipality {row[6]} ({row[5]}), which is neither current nor in {MergersFile}.");
            }
            rows.Add((code, row[2], municipality, ParseDouble(row[9]), ParseDouble(row[10])));
        }

        // A PC4 that spans several places has one row per place; GroupBy keeps the rows in file order,
        // and the stable sort makes the first municipality win a tie. Rounding to 6 decimals (about 0.1 m)
        // keeps averages such as 51.90425 free of binary noise.
        return rows
            .GroupBy(row => row.Code)
            .Select(group => new Postcode(
                group.Key,
                group.First().Place,
                group.GroupBy(row => row.MunicipalityCode, StringComparer.Ordinal).OrderByDescending(m => m.Count()).First().Key,
                Math.Round(group.Average(row => row.Latitude), 6),
                Math.Round(group.Average(row => row.Longitude), 6)))
            .OrderBy(postcode => postcode.Code)
            .ToList();
    }

    private static (List<Sector> Sectors, List<Qualification> Qualifications, Dictionary<int, (string MainGroup, string SubGroup)> Groups)
        ReadQualifications(string csv)
    {
        var records = CsvParser.Parse(csv);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{QualificationsFile} is empty.");
        }
        // Unlike the CBS file this one has plain column names, so a reordering upstream cannot shift fields.
        var header = records[0];
        int Column(string name) => Array.IndexOf(header, name) is var index and >= 0
            ? index
            : throw new InvalidDataException($"{QualificationsFile}: no column '{name}'.");
        var (codeColumn, nameColumn, levelColumn, pathsColumn) = (Column("code"), Column("naam"), Column("niveau"), Column("leerweg"));
        var (dossierColumn, sectorColumn, sectorNameColumn) = (Column("dossier_naam"), Column("sectorkamer_code"), Column("sectorkamer_naam"));
        var (mainGroupColumn, subGroupColumn) = (Column("hoofdgroep_naam"), Column("subgroep_naam"));
        var groups = new Dictionary<int, (string MainGroup, string SubGroup)>();

        var sectorCodeBySbbCode = SectorCodes.ToDictionary(s => s.SbbCode, s => s.Code, StringComparer.Ordinal);
        var sectorNameBySbbCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var qualifications = new List<Qualification>();
        foreach (var row in records.Skip(1))
        {
            RequireColumns(row, header.Length, QualificationsFile);
            var sbbCode = row[sectorColumn].Trim();
            // Names come from every row, so a sector keeps its name even if none of its rows is kept.
            sectorNameBySbbCode.TryAdd(sbbCode, row[sectorNameColumn].Trim());

            // Rows without a level, without a school or work-based path, or outside the nine sectors are
            // other programmes (such as OVO-only contract training) that students cannot do an internship for.
            var paths = row[pathsColumn].Split(',', StringSplitOptions.TrimEntries);
            var (bol, bbl) = (paths.Contains("BOL"), paths.Contains("BBL"));
            if (!int.TryParse(row[levelColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                || level is < 1 or > 4
                || !(bol || bbl)
                || !sectorCodeBySbbCode.TryGetValue(sbbCode, out var sectorCode))
            {
                continue;
            }

            var crebo = int.Parse(row[codeColumn], NumberStyles.None, CultureInfo.InvariantCulture);
            qualifications.Add(new Qualification(
                crebo,
                row[nameColumn].Trim(),
                level,
                bol && bbl ? BolAndBbl : bol ? BolOnly : BblOnly,
                sectorCode,
                row[dossierColumn].Trim(),
                crebo is >= 25000 and <= 27999)); // the codes of the qualification structure in force today
            groups[crebo] = (row[mainGroupColumn].Trim(), row[subGroupColumn].Trim());
        }

        if (qualifications.Select(q => q.Crebo).Distinct().Count() != qualifications.Count)
        {
            throw new InvalidDataException($"{QualificationsFile}: a crebo code appears twice.");
        }
        qualifications.Sort((a, b) => a.Crebo.CompareTo(b.Crebo));

        var sectors = SectorCodes
            .Select(s => new Sector(
                s.Code,
                s.SbbCode,
                sectorNameBySbbCode.TryGetValue(s.SbbCode, out var name)
                    ? name
                    : throw new InvalidDataException($"{QualificationsFile}: no row names sector {s.SbbCode}.")))
            .ToList();
        return (sectors, qualifications, groups);
    }

    // The words of the ESCO occupations named like a qualification (scripts/build-esco-qualification-links.py),
    // by crebo; every crebo must be one of the qualifications kept, or the two files are out of step.
    private static Dictionary<int, IReadOnlyList<string>> ReadOccupationWords(string csv, Dictionary<int, (string, string)> known)
    {
        var records = CsvParser.Parse(csv);
        if (records.Count == 0 || !records[0].SequenceEqual(["crebos", "kwalificatie", "esco_beroepen", "woorden"]))
        {
            throw new InvalidDataException($"{OccupationsFile}: expected the columns crebos,kwalificatie,esco_beroepen,woorden.");
        }
        var wordsByCrebo = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var row in records.Skip(1))
        {
            RequireColumns(row, 4, OccupationsFile);
            string[] words = [.. row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
            foreach (var code in row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var crebo = int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
                if (!known.ContainsKey(crebo) || !wordsByCrebo.TryAdd(crebo, words))
                {
                    throw new InvalidDataException($"{OccupationsFile}: crebo {crebo} is not a qualification of {QualificationsFile}, or appears twice.");
                }
            }
        }
        return wordsByCrebo;
    }

    private static string RequireMunicipalityCode(string code, string file) =>
        code.Length == 4 && code.All(char.IsAsciiDigit)
            ? code
            : throw new InvalidDataException($"{file}: '{code}' is not a 4-digit CBS municipality code.");

    private static void RequireColumns(string[] row, int count, string file)
    {
        if (row.Length < count)
        {
            throw new InvalidDataException($"{file}: expected {count} columns, found {row.Length} in '{string.Join(',', row)}'.");
        }
    }

    private static double ParseDouble(string value) =>
        double.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
