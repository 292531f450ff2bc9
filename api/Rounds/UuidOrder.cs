namespace Matching.Api.Rounds;

/// <summary>Orders uuids as PostgreSQL does (their 16 bytes in the order they are written), so ties break the same way in SQL and here.</summary>
internal sealed class UuidOrder : IComparer<Guid>
{
    public static readonly UuidOrder Instance = new();

    public int Compare(Guid x, Guid y)
    {
        Span<byte> a = stackalloc byte[16];
        Span<byte> b = stackalloc byte[16];
        x.TryWriteBytes(a, bigEndian: true, out _);
        y.TryWriteBytes(b, bigEndian: true, out _);
        return a.SequenceCompareTo(b);
    }
}
