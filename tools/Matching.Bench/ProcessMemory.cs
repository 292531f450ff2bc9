using System.Globalization;

namespace Matching.Bench;

// The process's resident memory from /proc. VmHWM is its peak since start, unless reset: writing 5 to
// /proc/self/clear_refs (Linux 4.0 and later) resets it to the current size, so one step's own peak can be read.
internal static class ProcessMemory
{
    public static double ResidentMegabytes => Read("VmRSS:") / 1024.0;

    public static double PeakResidentMegabytes => Read("VmHWM:") / 1024.0;

    /// <summary>True when the peak was reset; false where /proc does not allow it (the peak then counts from start).</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double ManagedHeapMegabytesAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
    }

    private static long Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
