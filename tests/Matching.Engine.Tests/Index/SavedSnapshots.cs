using Matching.Engine.Index;

namespace Matching.Engine.Tests.Index;

/// <summary>A snapshot as a node saves it (<see cref="IndexSnapshot.WriteTo"/> and the checksum), ready to be read back.</summary>
internal static class SavedSnapshots
{
    public static MemoryStream Of(IndexSnapshot snapshot)
    {
        var stream = new MemoryStream();
        var output = new IndexOutput(stream);
        snapshot.WriteTo(output);
        output.WriteChecksum();
        stream.Position = 0;
        return stream;
    }
}
