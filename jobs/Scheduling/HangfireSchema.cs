using Hangfire.PostgreSql;
using Npgsql;

namespace Matching.Jobs.Scheduling;

/// <summary>
/// Hangfire's tables, in their own schema of the service's database. The service installs or upgrades them while it
/// holds the migration lock, so nodes starting together never race to create them; the storage itself never does.
/// </summary>
public static class HangfireSchema
{
    public const string Name = "hangfire";

    public static void Install(NpgsqlConnection connection) => PostgreSqlObjectsInstaller.Install(connection, Name);
}
