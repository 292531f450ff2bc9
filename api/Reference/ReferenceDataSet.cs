using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Matching.Api.Reference;

public sealed class ReferenceDataSet
{
    // Built once at start-up and read on every request, which is the trade FrozenDictionary is made for.
    private readonly FrozenDictionary<int, Postcode> _postcodes;
    private readonly FrozenDictionary<int, Qualification> _qualifications;
    private readonly FrozenDictionary<string, Municipality> _municipalities;
    private readonly FrozenDictionary<string, LabourMarketRegion> _regions;
    private readonly FrozenDictionary<string, Sector> _sectors;
    private readonly FrozenDictionary<int, QualificationSearchTerms> _searchTerms;
    private readonly ConcurrentDictionary<Type, object> _derived = new();

    internal ReferenceDataSet(
        IReadOnlyList<Sector> sectors,
        IReadOnlyList<LabourMarketRegion> regions,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<Postcode> postcodes,
        IReadOnlyList<Qualification> qualifications,
        IReadOnlyDictionary<int, QualificationSearchTerms>? searchTerms = null)
    {
        Sectors = sectors;
        Regions = regions;
        Municipalities = municipalities;
        Postcodes = postcodes;
        Qualifications = qualifications;
        _sectors = sectors.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
        _regions = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _municipalities = municipalities.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
        _postcodes = postcodes.ToFrozenDictionary(p => p.Code);
        _qualifications = qualifications.ToFrozenDictionary(q => q.Crebo);
        _searchTerms = (searchTerms ?? new Dictionary<int, QualificationSearchTerms>()).ToFrozenDictionary();
    }

    // Sectors are in SBB order (01-09); the other lists are sorted by their code.
    public IReadOnlyList<Sector> Sectors { get; }

    public IReadOnlyList<LabourMarketRegion> Regions { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    public IReadOnlyList<Postcode> Postcodes { get; }

    public IReadOnlyList<Qualification> Qualifications { get; }

    private static readonly Lazy<ReferenceDataSet> EmbeddedSet = new(() => ReferenceDataReader.Read(ReadEmbeddedFile));

    /// <summary>
    /// The reference data shipped in this assembly, read once per process: it never changes while the process runs, so
    /// every host in it (one in production, many in the tests) shares it, and everything derived from it
    /// (<see cref="Derived{T}"/>).
    /// </summary>
    public static ReferenceDataSet Embedded => EmbeddedSet.Value;

    /// <summary>
    /// What <paramref name="derive"/> makes of this set, made once per set and type: tables built from the reference data
    /// (successors, the typeahead's words) cost a start-up tens of milliseconds each, and the set is immutable.
    /// </summary>
    internal T Derived<T>(Func<ReferenceDataSet, T> derive)
        where T : class =>
        (T)_derived.GetOrAdd(typeof(T), static (_, state) => state.derive(state.set), (set: this, derive));

    public bool TryGetPostcode(int code, [MaybeNullWhen(false)] out Postcode postcode) => _postcodes.TryGetValue(code, out postcode);

    public bool TryGetQualification(int crebo, [MaybeNullWhen(false)] out Qualification qualification) =>
        _qualifications.TryGetValue(crebo, out qualification);

    internal QualificationSearchTerms SearchTermsOf(int crebo) => _searchTerms.GetValueOrDefault(crebo, QualificationSearchTerms.None);

    // Every postcode of this set resolves (the reader checks it); only a postcode made elsewhere can throw.
    public Municipality MunicipalityOf(Postcode postcode) =>
        _municipalities.TryGetValue(postcode.MunicipalityCode, out var municipality)
            ? municipality
            : throw new ArgumentException($"Postcode {postcode.Code} has unknown municipality {postcode.MunicipalityCode}.", nameof(postcode));

    public LabourMarketRegion? FindRegion(string code) => _regions.GetValueOrDefault(code);

    public Sector? FindSector(string code) => _sectors.GetValueOrDefault(code);

    public bool IsKnownMunicipality(string code) => _municipalities.ContainsKey(code);

    public static string Slug(string name)
    {
        // Runs of anything else become one '-', so "Zaanstreek/Waterland" gives "zaanstreek-waterland".
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var folded = Fold(c);
            if (folded is not null)
            {
                slug.Append(folded);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    // A table rather than string.Normalize: with InvariantGlobalization (Directory.Build.props) Normalize
    // leaves 'ú' as it is. Latin-1 plus the Dutch 'ĳ' covers every Dutch and Frisian place name.
    internal static string? Fold(char c)
    {
        const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
        const string Plain = "aaaaaaceeeeiiiinoooooouuuuyy";
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        {
            return c.ToString();
        }
        var index = Accented.IndexOf(c);
        return index >= 0 ? Plain[index].ToString() : c switch
        {
            'ĳ' => "ij",
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            _ => null,
        };
    }

    private static string ReadEmbeddedFile(string fileName)
    {
        var assembly = typeof(ReferenceDataSet).Assembly;
        var resourceName = $"Reference.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing from {assembly.GetName().Name}.");

        // StreamReader drops a UTF-8 byte order mark, which would otherwise end up in the first header or key.
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
