using System.Globalization;

namespace Matching.Bench;

// Figures as "name=value" lines that bench.sh reads back; the same figures go to the console for people.
internal sealed class ResultsFile(string? path)
{
    public void Add(string name, double value, string format = "0.###") => Add(name, value.ToString(format, CultureInfo.InvariantCulture));

    public void Add(string name, string value)
    {
        Console.WriteLine($"  {name} = {value}");
        if (path is not null)
        {
            File.AppendAllText(path, $"{name}={value}\n");
        }
    }
}
