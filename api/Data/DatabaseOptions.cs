using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Matching.Api.Data;

/// <summary>
/// The connection to PostgreSQL (ConnectionStrings:Matching) and how the service uses it (configuration section
/// "Database"), checked when the node starts.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Matching";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>ConnectionStrings:Matching, which StorageSetup binds beside the section.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>How long a starting node waits for a database that is not reachable yet (0: not at all).</summary>
    [Display(Name = $"{Section}:{nameof(StartupTimeoutSeconds)}")]
    [Range(0, 3600)]
    public int StartupTimeoutSeconds { get; set; } = 60;

    /// <summary>Connecting gives up after this: with the database gone a request fails fast with 503 instead of hanging.</summary>
    [Display(Name = $"{Section}:{nameof(ConnectTimeoutSeconds)}")]
    [Range(1, 1024)] // Npgsql's own maximum
    public int ConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>One SQL command gives up after this.</summary>
    [Display(Name = $"{Section}:{nameof(CommandTimeoutSeconds)}")]
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>How many repeated statements Npgsql prepares per connection (0: none).</summary>
    [Display(Name = $"{Section}:{nameof(MaxAutoPrepare)}")]
    [Range(0, 256)] // above 256 Npgsql warns that preparing costs more than it saves
    public int MaxAutoPrepare { get; set; } = 64;

    /// <summary>Skips the reset of a pooled connection when it goes back to the pool.</summary>
    public bool NoResetOnClose { get; set; } = true;

    /// <summary>The connection string the data source uses: the configured one with these settings applied.</summary>
    public string DataSourceConnectionString()
    {
        var settings = new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            Timeout = ConnectTimeoutSeconds,
            CommandTimeout = CommandTimeoutSeconds,
        };
        // Statements the service runs again and again are prepared on each connection (Npgsql's automatic preparation),
        // so PostgreSQL parses and plans them once rather than on every request. A connection string may set its own.
        // (NpgsqlConnectionStringBuilder.ContainsKey tells whether a keyword is known, not whether it was given, so
        // a value still at Npgsql's default is what marks a setting the connection string left alone.)
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
        }
        // A pooled connection is otherwise reset each time it goes back to the pool: half a dozen statements (DISCARD ALL,
        // or CLOSE ALL, RESET ALL, UNLISTEN * and more once it holds prepared statements) that PostgreSQL runs before the
        // next request's own. The service leaves no session state on a pooled connection (transactions end, the
        // migration lock is released, the change listener unlistens), so there is nothing to reset.
        if (!settings.NoResetOnClose)
        {
            settings.NoResetOnClose = NoResetOnClose;
        }
        return settings.ConnectionString;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return [new ValidationResult($"Set {ConnectionStringKey} (environment: ConnectionStrings__{ConnectionStringName}).", [nameof(ConnectionString)])];
        }
        return ConnectionStringProblem() is { } problem ? [new ValidationResult(problem, [nameof(ConnectionString)])] : [];
    }

    // The parser's message names the offending keyword or position, never a value, so no password ends up in a log.
    private string? ConnectionStringProblem()
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return $"{ConnectionStringKey} is not a valid Npgsql connection string: {exception.Message}";
        }
    }
}
