using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Matching.Tests.Service;

/// <summary>
/// Just enough of an SMTP server on loopback to accept mail (RFC 5321 without extensions, so no STARTTLS): greeting,
/// EHLO/HELO, MAIL, RCPT, DATA up to the lone dot, RSET, NOOP and QUIT. It keeps every message it accepts and every
/// command it is sent. A test can answer a command its own way (refuse a recipient), or have the sink never speak.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Func<string, string?>? _answer;
    private readonly bool _silent;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private Task _accepting = Task.CompletedTask;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<ReceivedMail> Messages => [.. _messages];

    /// <summary>The command lines received, in order (across connections when there were several).</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    private SmtpSink(Func<string, string?>? answer, bool silent)
    {
        _answer = answer;
        _silent = silent;
    }

    /// <param name="answer">Given a command line, the reply to send instead of the usual one; null: the usual one.</param>
    /// <param name="silent">Accept connections but never send the greeting, like a server that hangs.</param>
    public static SmtpSink Start(Func<string, string?>? answer = null, bool silent = false)
    {
        var sink = new SmtpSink(answer, silent);
        sink._listener.Start();
        sink._accepting = sink.AcceptAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_sessions);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _sessions.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 maps every byte to one char, so whatever the client sends survives intact.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        string from = "";
        var to = new List<string>();
        try
        {
            if (_silent)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            await writer.WriteLineAsync("220 sink.test ESMTP test sink");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                _commands.Enqueue(line);
                if (_answer?.Invoke(line) is { } answer)
                {
                    await writer.WriteLineAsync(answer);
                    continue;
                }
                switch (line.Split(' ', 2)[0].ToUpperInvariant())
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 sink.test");
                        break;
                    case "MAIL":
                        from = line[(line.IndexOf(':') + 1)..].Trim().Trim('<', '>');
                        to.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        to.Add(line[(line.IndexOf(':') + 1)..].Trim().Trim('<', '>'));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        _messages.Enqueue(new ReceivedMail(from, [.. to], data.ToString()));
                        await writer.WriteLineAsync("250 OK: queued");
                        break;
                    case "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The sink is stopping, or the client hung up.
        }
    }
}
