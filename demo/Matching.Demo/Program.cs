namespace Matching.Demo;

// The demo dataset's tool. `seed` brings a database up to date as a node's start-up does and loads the Rotterdam-Rijnmond
// demo into it when it is empty; run.sh runs it before it starts the service. Settings come from the environment, with
// the service's keys (ConnectionStrings__Matching, Auth__BootstrapAdminKey, ...), or as --Key=value arguments.
// (A class of its own, not top-level statements: the tests see this assembly's internals and the service's Program.)
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        if (args is not ["seed", ..])
        {
            Console.Error.WriteLine("""
                usage: Matching.Demo seed [--ConnectionStrings:Matching=<npgsql>] [--Demo:KeysFile=<file>] [--Auth:BootstrapAdminKey=<key>]
                       (or the same settings in the environment: ConnectionStrings__Matching, Demo__KeysFile, Auth__BootstrapAdminKey)
                """);
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[1..]).Build();
        if (string.IsNullOrEmpty(configuration.GetConnectionString("Matching")))
        {
            Console.Error.WriteLine("Set ConnectionStrings:Matching (environment: ConnectionStrings__Matching).");
            return 2;
        }

        await SeedCommand.RunAsync(configuration, cancellation.Token);
        return 0;
    }
}
