using System.Text.RegularExpressions;
using Matching.Tests.Service;

namespace Matching.Api.Tests;

// README.md as the tests read it: its text, its sections and its ```sh blocks.
internal static partial class Readme
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(ServiceProcess.RepositoryRoot(), "README.md"));

    // The text with every run of white space as one space, so that a sentence matches across line breaks.
    public static string Prose { get; } = WhiteSpace().Replace(Text, " ");

    public static IReadOnlyList<string> ShellBlocks() => [.. ShellBlock().Matches(Text).Select(m => m.Groups["body"].Value)];

    // From the heading (e.g. "### Your first requests") to the next heading of any level outside code blocks.
    public static string Section(string heading)
    {
        var lines = Text.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"README.md has no heading '{heading}'.");
        var end = start + 1;
        for (var inCode = false; end < lines.Length && (inCode || !lines[end].StartsWith('#')); end++)
        {
            inCode ^= lines[end].StartsWith("```", StringComparison.Ordinal);
        }
        return string.Join('\n', lines[(start + 1)..end]);
    }

    // The first ```sh block of the section under the heading.
    public static string ShellBlockUnder(string heading)
    {
        var block = ShellBlock().Match(Section(heading));
        Assert.True(block.Success, $"README.md has no ```sh block under '{heading}'.");
        return block.Groups["body"].Value;
    }

    // The line that the walkthrough's post() prints after each answer, when it is a 201 with a Location and ETag "1".
    [GeneratedRegex("""^201 Location: /v1/(?<kind>[a-z]+)/(?<id>[0-9a-f-]{36}) ETag: "1"$""", RegexOptions.Multiline)]
    public static partial Regex CreatedLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^```sh\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
