using Matching.Engine.Index;

namespace Matching.Api.Matches;

/// <summary>What a match result shows of an offer.</summary>
public sealed record OfferSummary(
    Guid Id, string Title, Guid CompanyId, string CompanyName, string LearningPath, IReadOnlyList<int> Crebos, int LevelMin, int LevelMax,
    int Pc4, DateOnly StartDate, DateOnly EndDate, int FreePlaces, int HoursPerWeek, int? MonthlyAllowanceEuros)
{
    // Saved with the offer index in the index snapshot file, field by field in the order above.
    internal void WriteTo(IndexOutput output)
    {
        output.WriteGuid(Id);
        output.WriteString(Title);
        output.WriteGuid(CompanyId);
        output.WriteString(CompanyName);
        output.WriteString(LearningPath);
        output.WriteVarInt(Crebos.Count);
        foreach (var number in (IEnumerable<int>)[.. Crebos, LevelMin, LevelMax, Pc4, StartDate.DayNumber, EndDate.DayNumber, FreePlaces, HoursPerWeek])
        {
            output.WriteZigZagLong(number);
        }
        // 0 for none, else the allowance plus one (the database allows none below 0).
        output.WriteZigZagLong(MonthlyAllowanceEuros + 1L ?? 0);
    }

    internal static OfferSummary ReadFrom(IndexInput input)
    {
        var id = input.ReadGuid();
        var title = input.ReadString();
        var companyId = input.ReadGuid();
        var companyName = input.ReadString();
        // One instance per learning path, as the summaries made from rows have.
        var learningPath = string.Intern(input.ReadString());
        var crebos = new int[input.ReadCount(1)];
        for (var i = 0; i < crebos.Length; i++)
        {
            crebos[i] = ReadInt(input);
        }
        return new OfferSummary(id, title, companyId, companyName, learningPath, crebos, ReadInt(input), ReadInt(input), ReadInt(input),
            ReadDate(input), ReadDate(input), ReadInt(input), ReadInt(input), ReadInt(input) is var allowance and not 0 ? allowance - 1 : null);
    }

    private static int ReadInt(IndexInput input) =>
        input.ReadZigZagLong() is var value && value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("An offer summary holds a number out of range.");

    private static DateOnly ReadDate(IndexInput input) =>
        ReadInt(input) is var day && day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(day) : throw new InvalidDataException("An offer summary holds a date out of range.");
}
