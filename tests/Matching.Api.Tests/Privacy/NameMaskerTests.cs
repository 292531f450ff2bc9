using System.Text.RegularExpressions;
using Matching.Api.Privacy;
using Matching.Api.Reference;
using Matching.Demo;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Privacy;

/// <summary>Name masking on examples, on the labelled set (precision and recall) and on every demo student text.</summary>
public sealed partial class NameMaskerTests(ITestOutputHelper output)
{
    // Recall is what protects students; precision keeps the text useful to companies. Both as measured on 2026-12-03
    // (docs/privacy.md), with a little room.
    private const double RecallFloor = 0.90;
    private const double PrecisionFloor = 0.85;

    private static readonly NameMasker Masker = NameMasker.Default;

    [Theory]
    [InlineData("Ik ben Samira, 17 jaar, en ik zoek een stage.", "Ik ben [naam], 17 jaar, en ik zoek een stage.")]
    [InlineData("mijn naam is jan de vries en ik wil kok worden", "mijn naam is [naam] en ik wil kok worden")]
    [InlineData("Groetjes, Samira El Amrani", "Groetjes, [naam]")]
    [InlineData("Ik werk samen met Roos bij de bakker.", "Ik werk samen met [naam] bij de bakker.")]
    [InlineData("Roos is mijn lievelingsbloem, ik wil bij een bloemist werken.", "Roos is mijn lievelingsbloem, ik wil bij een bloemist werken.")]
    [InlineData("Ik heb bij de Albert Heijn in Rotterdam-Zuid gewerkt.", "Ik heb bij de Albert Heijn in Rotterdam-Zuid gewerkt.")]
    [InlineData("Zorg is mijn ding, ik wil in de Zorg werken.", "Zorg is mijn ding, ik wil in de Zorg werken.")]
    [InlineData("ik ben eerlijk en ik ben op zoek naar een stage", "ik ben eerlijk en ik ben op zoek naar een stage")]
    [InlineData("Ik spreek Nederlands, Turks en Tigrinya.", "Ik spreek Nederlands, Turks en Tigrinya.")]
    public void Names_are_masked_and_words_places_and_languages_stay(string text, string expected)
    {
        var masked = Masker.Mask(text);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void The_labelled_set_is_masked_with_high_recall_and_good_precision()
    {
        var lines = LabelledSet().ToList();

        // The rules were tuned on the first part; the held-out part was written after, and is scored as it came out.
        var tuning = Score(lines.Where(l => !l.HeldOut).ToList(), "tuning");
        var heldOut = Score(lines.Where(l => l.HeldOut).ToList(), "held-out");
        var all = Score(lines, "all");

        Assert.True(lines.Count >= 250);
        Assert.True(heldOut.Recall >= RecallFloor && all.Recall >= RecallFloor, $"recall {heldOut.Recall:0.000} held out, {all.Recall:0.000} in all");
        Assert.True(all.Precision >= PrecisionFloor, $"precision {all.Precision:0.000}");
        Assert.True(tuning.Recall >= all.Recall - 0.1);
    }

    private (double Precision, double Recall) Score(List<(string Text, List<(int Start, int Length)> Names, bool HeldOut)> lines, string part)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var mistakes = new List<string>();
        foreach (var (text, gold, _) in lines)
        {
            var found = Masker.FindNames(text).Select(n => n.Start).ToHashSet();
            foreach (Match word in Word().Matches(text))
            {
                var isName = gold.Any(span => word.Index >= span.Start && word.Index < span.Start + span.Length);
                var masked = found.Contains(word.Index);
                truePositives += isName && masked ? 1 : 0;
                falsePositives += !isName && masked ? 1 : 0;
                falseNegatives += isName && !masked ? 1 : 0;
                if (isName != masked)
                {
                    mistakes.Add($"  {(masked ? "masked" : "missed")} \"{word.Value}\" in: {text.Replace("\n", "\\n")}");
                }
            }
        }
        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"{part}: {lines.Count} texts, {lines.Count(l => l.Names.Count > 0)} with names, {truePositives + falseNegatives} name words; " +
            $"precision {precision:0.000} ({truePositives} of {truePositives + falsePositives} masked words are names), " +
            $"recall {recall:0.000} ({truePositives} of {truePositives + falseNegatives} name words masked)");
        if (part != "all")
        {
            mistakes.ForEach(output.WriteLine);
        }
        return (precision, recall);
    }

    [Fact]
    public void No_word_of_a_demo_student_text_is_masked()
    {
        var reference = ReferenceDataSet.Embedded;
        var texts = new[] { 20261123, 7 }
            .SelectMany(seed => DemoDataGenerator.Generate(reference, new DemoOptions { Seed = seed }).Students)
            .Select(student => student.FreeText)
            .ToList();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var masked = texts.Where(text => Masker.FindNames(text).Count > 0).ToList();
        watch.Stop();

        output.WriteLine($"{texts.Count} demo student texts, {masked.Count} with a word masked, {watch.Elapsed.TotalMilliseconds / texts.Count:0.000} ms a text");
        Assert.True(masked.Count == 0, string.Join("\n", masked.Take(10).Select(t => $"{Masker.Mask(t)}  <=  {t}")));
    }

    // The set marks names as [[Name]]; a line is "text<TAB>note", with \n for a line break.
    internal static IEnumerable<(string Text, List<(int Start, int Length)> Names, bool HeldOut)> LabelledSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "name-masking-set.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var columns = line.Split('\t');
            var annotated = columns[0].Replace("\\n", "\n");
            var names = new List<(int, int)>();
            var text = new System.Text.StringBuilder();
            var position = 0;
            foreach (Match mark in Mark().Matches(annotated))
            {
                text.Append(annotated, position, mark.Index - position);
                names.Add((text.Length, mark.Groups[1].Length));
                text.Append(mark.Groups[1].Value);
                position = mark.Index + mark.Length;
            }
            text.Append(annotated, position, annotated.Length - position);
            yield return (text.ToString(), names, columns.Length > 1 && columns[1].StartsWith("held-out", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"\[\[(.+?)\]\]")]
    private static partial Regex Mark();

    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*")]
    private static partial Regex Word();
}
