namespace Matching.Api.Reference;

public sealed record Postcode(int Code, string Place, string MunicipalityCode, double Latitude, double Longitude);
