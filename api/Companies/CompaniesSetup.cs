namespace Matching.Api.Companies;

internal static class CompaniesSetup
{
    /// <summary>Leerbedrijven and their accreditations: their storage.</summary>
    public static void AddCompanies(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<CompanyRepository>();
}
