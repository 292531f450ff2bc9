namespace Matching.Demo;

public sealed record DemoCompany(Guid Id, string Kvk, string Name, string SectorCode, int Pc4, string ContactEmail);
