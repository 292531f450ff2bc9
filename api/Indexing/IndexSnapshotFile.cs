using System.Reflection;
using System.Text;
using Matching.Api.Matches;
using Matching.Engine.Index;

namespace Matching.Api.Indexing;

/// <summary>
/// The layout of a node's index snapshot file: a header (the file's magic, <see cref="FormatVersion"/>, the build that
/// wrote it and the change it holds), the offer and student indexes as the engine writes them, the offer summaries, and
/// a CRC-32C of all that at the end.
/// </summary>
internal static class IndexSnapshotFile
{
    /// <summary>The version of this layout; a file of another version is not read.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "MATCHIDX"u8.ToArray();

    /// <summary>
    /// The build a snapshot must come from. A snapshot holds the analyzed text and the keywords made from reference data,
    /// and only the code that made them is sure to make the same: the assemblies with the mapping and reference data
    /// (the API) and the analysis (the engine, and the Lucene.Net components it uses) must be the very same.
    /// </summary>
    public static string Build { get; } = string.Join(" ", new[] { typeof(MatchIndexes).Assembly, typeof(SearchIndex).Assembly }
        .Select(assembly => $"{assembly.GetName().Name}:{assembly.ManifestModule.ModuleVersionId:N}")
        .Concat(typeof(SearchIndex).Assembly.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("Lucene.Net", StringComparison.Ordinal))
            .Select(name => $"{name.Name}:{Assembly.Load(name).GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}")
            .Order(StringComparer.Ordinal)));

    public static void Write(Stream stream, MatchIndexesSnapshot snapshot, ChangeAnchor anchor, CancellationToken cancellationToken)
    {
        var output = new IndexOutput(stream);
        output.WriteBytes(Magic);
        output.WriteInt32(FormatVersion);
        output.WriteString(Build);
        output.WriteInt64(anchor.Seq);
        output.WriteGuid(anchor.EntityId);
        output.WriteInt64(anchor.ChangedAt.UtcTicks);
        snapshot.Offers.WriteTo(output);
        cancellationToken.ThrowIfCancellationRequested();
        snapshot.Students.WriteTo(output);
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteVarInt(snapshot.Summaries.Count);
        foreach (var summary in snapshot.Summaries)
        {
            summary.WriteTo(output);
        }
        output.WriteChecksum();
    }

    /// <summary>Reads the header: the change the snapshot holds, once the file is known to be of this layout and build.</summary>
    /// <exception cref="InvalidDataException">Not a snapshot file, another format version, another build, or too short.</exception>
    public static ChangeAnchor ReadHeader(IndexInput input)
    {
        var magic = new byte[Magic.Length];
        input.ReadBytes(magic);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException($"The file does not start as a snapshot file does ({Encoding.ASCII.GetString(Magic)}).");
        }
        var version = input.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"The file has format version {version}; this build reads version {FormatVersion}.");
        }
        var build = input.ReadString();
        if (build != Build)
        {
            throw new InvalidDataException($"Another build wrote the file ({build}; this is {Build}).");
        }
        return new ChangeAnchor(input.ReadInt64(), input.ReadGuid(), new DateTimeOffset(input.ReadInt64(), TimeSpan.Zero));
    }

    /// <summary>Reads the rest, after <see cref="ReadHeader"/>, and checks the checksum; the indexes are not changed.</summary>
    /// <exception cref="InvalidDataException">The file is truncated or corrupt.</exception>
    public static MatchIndexesSnapshot ReadContents(IndexInput input, MatchIndexes indexes, long seq)
    {
        var offers = indexes.Offers.ReadSnapshot(input);
        var students = indexes.Students.ReadSnapshot(input);
        // A summary takes at least its two ids.
        var summaries = new OfferSummary[input.ReadCount(32)];
        for (var i = 0; i < summaries.Length; i++)
        {
            summaries[i] = OfferSummary.ReadFrom(input);
        }
        input.VerifyChecksum();
        return new MatchIndexesSnapshot(seq, offers, students, summaries);
    }
}
