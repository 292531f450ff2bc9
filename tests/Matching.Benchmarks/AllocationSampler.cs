using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Matching.Benchmarks;

/// <summary>
/// What a loop allocates, by type: the runtime reports an allocation about every 100 KB with the type of the object that
/// crossed the mark (its GCAllocationTick event), so over many queries each type's share of the ticks is its share of
/// the bytes. For <c>--latency-loop O --allocations</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, int> _ticks = new(StringComparer.Ordinal);

    /// <summary>Whether ticks are counted now (off during warm-up).</summary>
    public bool Counting { get; set; }

    /// <summary>The types with the most ticks, each with its share of them.</summary>
    public void Print(int count)
    {
        var total = _ticks.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated by type ({total:N0} ticks of about 100 KB):"));
        foreach (var (type, ticks) in _ticks.OrderByDescending(pair => pair.Value).Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * ticks / total,6:0.0}%  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Counting || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
        {
            return;
        }

        var at = eventData.PayloadNames.IndexOf("TypeName");
        var type = at >= 0 ? eventData.Payload?[at]?.ToString() ?? "?" : "?";
        _ticks.AddOrUpdate(type, 1, (_, ticks) => ticks + 1);
    }
}
