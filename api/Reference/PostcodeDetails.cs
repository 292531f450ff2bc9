namespace Matching.Api.Reference;

/// <summary>A PC4 area: its centroid, today's municipality and its labour-market region.</summary>
public sealed record PostcodeDetails(int Pc4, string Place, double Latitude, double Longitude, Municipality Municipality, LabourMarketRegion Region);
