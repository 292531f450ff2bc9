using System.Text.Json;

namespace Matching.Jobs.Tests;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W48", 2026, 48)]
    [InlineData("2026-W53", 2026, 53)] // 2026 starts on a Thursday: it has 53 weeks
    [InlineData("2027-W01", 2027, 1)]
    public void A_written_week_parses_to_its_year_and_number_and_writes_back_the_same(string text, int year, int number)
    {
        var week = IsoWeek.Parse(text);

        Assert.Equal((year, number), (week.Year, week.Number));
        Assert.Equal(text, week.ToString());
    }

    [Theory]
    [InlineData("2027-W53")] // 2027 has 52 weeks
    [InlineData("2026-W00")]
    [InlineData("2026-w48")]
    [InlineData("2026W48")]
    [InlineData(" 2026-W48")]
    [InlineData("+026-W48")]
    [InlineData("1999-W10")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_week(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void The_days_around_new_year_fall_in_the_weeks_iso_8601_gives_them()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 1)).ToString());
        Assert.Equal(new DateOnly(2026, 12, 28), IsoWeek.Parse("2026-W53").Monday);
        Assert.Equal("2027-W01", IsoWeek.Parse("2026-W53").AddWeeks(1).ToString());
        Assert.Equal("2026-W50", IsoWeek.Parse("2027-W02").AddWeeks(-5).ToString());
    }

    [Fact]
    public void In_json_a_week_is_its_written_form()
    {
        var json = JsonSerializer.Serialize(new { Week = IsoWeek.Parse("2026-W48") });

        Assert.Equal("""{"Week":"2026-W48"}""", json);
        Assert.Equal(IsoWeek.Parse("2026-W48"), JsonSerializer.Deserialize<IsoWeek>("\"2026-W48\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IsoWeek>("\"2026-W99\""));
    }
}
