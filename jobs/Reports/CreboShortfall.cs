namespace Matching.Jobs.Reports;

/// <summary>A flagged cell's breakdown for one qualification.</summary>
public sealed record CreboShortfall(int Crebo, string Name, int Demand, int Supply, int Shortfall);
