using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using ILog = Hangfire.Logging.ILog;
using ILogProvider = Hangfire.Logging.ILogProvider;

namespace Matching.Jobs.Scheduling;

/// <summary>
/// Hangfire's log lines in this host's logging. Hangfire holds one log provider for the whole process, set by the host
/// that configured it last, and keeps the loggers it hands out; where several hosts share a process (the tests' do), that
/// host may have stopped while the others still call Hangfire. Its loggers then fall silent: Hangfire's own provider
/// for ASP.NET Core would throw from the disposed logger factory, into a request (a 500) or a background loop.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name) => new HostLog(loggers, name);

    private sealed class HostLog(ILoggerFactory loggers, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = _logger ??= loggers.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null)
                {
                    // Hangfire asks whether a level is on by passing no message.
                    return logger.IsEnabled(level);
                }
                logger.Log(level, default, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static LogLevel Map(HangfireLevel level) => level switch
        {
            HangfireLevel.Trace => LogLevel.Trace,
            HangfireLevel.Debug => LogLevel.Debug,
            HangfireLevel.Info => LogLevel.Information,
            HangfireLevel.Warn => LogLevel.Warning,
            HangfireLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
    }
}
