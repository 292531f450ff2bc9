using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Matching.Tests.Service;

/// <summary>
/// The built service (api/bin/Release/net10.0/Matching.Api.dll) as a real child process on a free loopback port, for
/// tests that kill a node: an in-memory host cannot be SIGKILLed.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ServiceProcess Start(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var directory = Path.Combine(RepositoryRoot(), "api", "bin", "Release", "net10.0");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory, // appsettings.json is found in the content root
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(directory, "Matching.Api.dll"));
        // The service runs as deployed: the minimal JIT optimisation of the tests' own process (ServiceTests.runsettings) is not its.
        startInfo.Environment.Remove("DOTNET_JITMinOpts");
        startInfo.Environment["ASPNETCORE_URLS"] = baseUrl;
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        startInfo.Environment["ConnectionStrings__Matching"] = connectionString;
        startInfo.Environment["Auth__BootstrapAdminKey"] = MatchingApiFactory.AdminKey;
        startInfo.Environment["RateLimiting__BurstLimit"] = "100000";
        startInfo.Environment["RateLimiting__RequestsPerSecond"] = "100000";
        startInfo.Environment["Jobs__SchedulePollingSeconds"] = "1";
        startInfo.Environment["Jobs__QueuePollSeconds"] = "1";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new Process { StartInfo = startInfo };
        var service = new ServiceProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Polls /health/ready until 200; fails after the timeout (60 s by default) or when the process exits.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            Assert.False(_process.HasExited, $"The service exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"The service was not ready within {limit.TotalSeconds:0} s:\n{Output}");
            try
            {
                if ((await client.GetAsync($"{BaseUrl}/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
                // The probe timed out (a node busy building its indexes on a loaded machine): not ready, as a load balancer sees it.
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the process to end by itself (a node that refuses to start) and returns its exit code; fails after the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The service was still running after {timeout.TotalSeconds:0} s:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything or tell the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder of Matching.sln above the test's build output.</summary>
    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Matching.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Matching.sln above {AppContext.BaseDirectory}.");
    }
}
