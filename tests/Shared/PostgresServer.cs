using System.Text;
using Npgsql;

namespace Matching.Tests;

// A throwaway PostgreSQL cluster for one test run: initdb in a folder of its own (in memory when there is room), Unix socket only, fsync off.
// Every fixture instance of a test process uses the same cluster, started by the first and stopped when the process
// exits, so that test classes run side by side, each on databases of its own. Set MATCHING_TEST_PG to an admin
// connection string to use an existing server instead. A dedicated instance (for a test that stops and starts the
// server) always runs its own cluster, stopped when it is disposed.
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    // The test process's cluster; Lazy runs the start once however many classes ask at the same moment.
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartSharedAsync);

    private string? _directory;
    private string? _binDirectory;
    private string? _startOptions;
    private string? _logFile;
    private NpgsqlDataSource? _admin;
    private bool _dedicated;

    /// <summary>A server of its own, even when MATCHING_TEST_PG names a shared one: for a test that stops and starts it.</summary>
    public static PostgresServer Dedicated() => new() { _dedicated = true };

    public string AdminConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("MATCHING_TEST_PG");
        AdminConnectionString = _dedicated ? await StartOwnClusterAsync()
            : string.IsNullOrWhiteSpace(external) ? (await Shared.Value).AdminConnectionString
            : external;
        _admin = NpgsqlDataSource.Create(AdminConnectionString);
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = new PostgresServer();
        server.AdminConnectionString = await server.StartOwnClusterAsync();
        return server;
    }

    private async Task<string> StartOwnClusterAsync()
    {
        try
        {
            return await StartClusterAsync();
        }
        catch
        {
            // Leave no half-started cluster behind.
            await StopClusterAsync();
            throw;
        }
    }

    /// <summary>A new database: empty, or a copy of <paramref name="template"/>, which must have no session open.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using (var command = Admin.CreateCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}"))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,
            Pooling = true,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, ending its sessions: a finished test's database takes no more room.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var command = Admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
            _admin = null;
        }

        if (_dedicated)
        {
            await StopClusterAsync();
        }
    }

    // Idempotent: stops and deletes the cluster this instance started, if any.
    private async Task StopClusterAsync()
    {
        if (_directory is null || _binDirectory is null)
        {
            return;
        }

        // Pooled connections from the tests would only see their server vanish; clear them first.
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["-D", DataDirectory, "stop", "-m", "immediate"]);
        Directory.Delete(_directory, recursive: true);
        _directory = null;
    }

    /// <summary>Stops a dedicated server as an operator would (pg_ctl stop -m fast): sessions end, the socket goes away.</summary>
    public Task StopAsync() => RunCheckedAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);

    /// <summary>Starts the stopped dedicated server again, on the same socket and port.</summary>
    public Task StartAsync() =>
        RunCheckedAsync("pg_ctl", ["-D", DataDirectory, "-l", _logFile!, "-o", _startOptions!, "-w", "start"]);

    /// <summary>
    /// Where the cluster lives: in memory (/dev/shm) when there is room, so that its files never wait for a disk. Copying
    /// the migrated template, which every test does, took about 400 ms on the development machine's disk and 35 ms there.
    /// </summary>
    private static string ClusterRoot()
    {
        const long Room = 4L << 30;
        try
        {
            if (Directory.Exists("/dev/shm") && new DriveInfo("/dev/shm").AvailableFreeSpace >= Room)
            {
                return "/dev/shm";
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No usable tmpfs: the disk it is.
        }
        return "/tmp";
    }

    private NpgsqlDataSource Admin => _admin ?? throw new InvalidOperationException("PostgresServer is not initialized.");

    private string DataDirectory => _directory is null
        ? throw new InvalidOperationException("Only a dedicated server (PostgresServer.Dedicated) runs a cluster of its own to stop and start.")
        : Path.Combine(_directory, "data");

    private async Task<string> StartClusterAsync()
    {
        _binDirectory = FindBinDirectory();

        // Short path: the socket path (<dir>/.s.PGSQL.<port>) must stay under 107 characters.
        _directory = Path.Combine(ClusterRoot(), $"mpg-{Guid.NewGuid().ToString("N")[..10]}");
        Directory.CreateDirectory(_directory);
        if (Environment.IsPrivilegedProcess)
        {
            // initdb refuses to run as root, so the cluster belongs to the postgres user.
            await RunCheckedAsync("chown", ["postgres:postgres", _directory], asPostgres: false);
        }

        await RemoveWhenThisProcessEndsAsync();

        await RunCheckedAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"]);

        // The socket lives in our own directory, so a port clash is unlikely; retry with another port anyway.
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var port = Random.Shared.Next(20000, 60001);
            var options = $"-k {_directory} -c listen_addresses='' -p {port} -c fsync=off -c synchronous_commit=off " +
                "-c full_page_writes=off -c max_connections=300";
            var logFile = Path.Combine(_directory, $"postgres-{port}.log");

            // -l keeps the server's output away from our pipes, which would otherwise never close.
            var (exitCode, output) = await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", logFile, "-o", options, "-w", "start"]);
            if (exitCode == 0)
            {
                _startOptions = options;
                _logFile = logFile;
                return new NpgsqlConnectionStringBuilder
                {
                    Host = _directory,
                    Port = port,
                    Username = "postgres",
                    Database = "postgres",
                    Pooling = true,
                    IncludeErrorDetail = true,
                }.ConnectionString;
            }

            failures.AppendLine($"pg_ctl start on port {port} exited with {exitCode}:").AppendLine(output);
            if (File.Exists(logFile))
            {
                failures.AppendLine($"{logFile}:").AppendLine(await File.ReadAllTextAsync(logFile));
            }
        }

        throw new InvalidOperationException($"Could not start PostgreSQL in {_directory}.\n{failures}");
    }

    // The shared cluster has no last user to stop it: the test host just exits once every class has run (and may be killed,
    // before its exit handlers finish or without running them). A watcher of its own, in a session of its own, waits for
    // this process to end, however it ends, then stops the cluster and deletes its folder. A dedicated cluster stopped
    // earlier leaves it nothing to do.
    private async Task RemoveWhenThisProcessEndsAsync()
    {
        var asPostgres = Environment.IsPrivilegedProcess ? "runuser -u postgres -- " : "";
        var watcher = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"{asPostgres}'{Path.Combine(_binDirectory!, "pg_ctl")}' -D '{Path.Combine(_directory!, "data")}' stop -m immediate; rm -rf '{_directory}'";
        // Its output goes nowhere, so that no pipe of ours stays open for as long as it runs.
        await RunCheckedAsync("sh", ["-c", "setsid sh -c \"$1\" </dev/null >/dev/null 2>&1 &", "sh", watcher], asPostgres: false);
    }

    private static string FindBinDirectory()
    {
        var root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(dir => File.Exists(Path.Combine(dir, "bin", "initdb")))
                .OrderByDescending(dir => decimal.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return newest is not null
            ? Path.Combine(newest, "bin")
            : throw new InvalidOperationException(
                $"No PostgreSQL server binaries in {root}/*/bin. Run ./test.sh (it installs them) or set MATCHING_TEST_PG.");
    }

    private async Task RunCheckedAsync(string program, string[] arguments, bool asPostgres = true)
    {
        var (exitCode, output) = await RunAsync(program, arguments, asPostgres);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        }
    }

    private Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, bool asPostgres = true)
    {
        // PostgreSQL tools come from the chosen bin dir; as root they run as postgres via runuser.
        var path = asPostgres ? Path.Combine(_binDirectory!, program) : program;
        return asPostgres && Environment.IsPrivilegedProcess
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], _directory!, CommandTimeout, CancellationToken.None)
            : ProcessRunner.RunAsync(path, arguments, _directory!, CommandTimeout, CancellationToken.None);
    }
}
