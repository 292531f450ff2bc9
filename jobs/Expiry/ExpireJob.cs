using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Expiry;

/// <summary>Daily: closes open offers past their end date and ends placements past theirs.</summary>
public sealed class ExpireJob(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<JobsOptions> options, ILogger<ExpireJob> logger)
{
    [DisplayName("Expiry of offers and placements")]
    [AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).DateTime);
        var (offers, placements) = await ExpireAsync(today, cancellationToken);
        logger.LogInformation("Expiry: closed {Offers} offers and ended {Placements} placements", offers, placements);
    }

    /// <summary>Idempotent: a second run the same day changes nothing.</summary>
    public async Task<(int Offers, int Placements)> ExpireAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int offers, placements;
        await using (var close = new NpgsqlCommand(
            "UPDATE offers SET status = 'closed', version = version + 1, updated_at = now() WHERE status = 'open' AND end_date < $1",
            connection, transaction))
        {
            close.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = today });
            offers = await close.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var end = new NpgsqlCommand(
            "UPDATE placements SET status = 'ended', version = version + 1, updated_at = now() WHERE status IN ('accepted', 'active') AND end_date < $1",
            connection, transaction))
        {
            end.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = today });
            placements = await end.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (offers, placements);
    }
}
