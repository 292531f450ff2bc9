using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Matching.Jobs.Scheduling;

/// <summary>
/// Hangfire's log lines in this host's logging, through Hangfire's own provider for ASP.NET Core, with one difference.
/// Hangfire holds one log provider for the whole process, set by the host that configured it last, and keeps the loggers
/// it hands out; where several hosts share a process (the tests' do), that host may have stopped while the others still
/// call Hangfire. Its loggers then fall silent, where Hangfire's provider would throw from the disposed logger factory,
/// into a request (a 500) or a background loop.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _hangfire = new(loggers);

    public ILog GetLogger(string name) => new HostLog(_hangfire, name);

    // The logger is made at its first line, not when Hangfire asks for it: Hangfire asks in requests and keeps some for good.
    private sealed class HostLog(AspNetCoreLogProvider hangfire, string name) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return (_log ??= hangfire.GetLogger(name)).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
