using Npgsql;

namespace Matching.Api.Rounds;

/// <summary>An advisory lock held by an open transaction; disposing it rolls the (empty) transaction back, which releases the lock.</summary>
internal sealed class RoundLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
