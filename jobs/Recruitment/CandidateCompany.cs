namespace Matching.Jobs.Recruitment;

/// <summary>A company accredited for one of a cell's short crebos, where it is.</summary>
internal sealed record CandidateCompany(
    Guid Id, string Kvk, string Name, int Pc4, string Place, string RegionCode, string RegionName, double Latitude, double Longitude);
