using System.Runtime.ExceptionServices;

namespace Matching.Engine.Index;

// Writes the fields of a segment (built or merged): one field after the other for a small segment, where starting
// threads would cost more than it saves, and on all cores for a large one.
internal static class FieldWork
{
    private const int ParallelMinDocs = 1_000;

    public static void Run(int fieldCount, int docCount, Action<int> writeField)
    {
        if (docCount < ParallelMinDocs || fieldCount < 2)
        {
            for (var field = 0; field < fieldCount; field++)
            {
                writeField(field);
            }

            return;
        }

        try
        {
            Parallel.For(0, fieldCount, writeField);
        }
        catch (AggregateException exception)
        {
            ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
        }
    }
}
