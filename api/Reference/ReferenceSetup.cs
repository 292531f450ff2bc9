namespace Matching.Api.Reference;

internal static class ReferenceSetup
{
    /// <summary>The shipped reference data, in memory for every feature and loaded into the database at start-up.</summary>
    public static void AddReferenceData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ReferenceDataSet.Embedded);
        builder.Services.AddSingleton<ReferenceDataLoader>();
        builder.Services.AddSingleton(services => services.GetRequiredService<ReferenceDataSet>().Derived(set => new QualificationFinder(set)));
        builder.Services.AddSingleton(services => services.GetRequiredService<ReferenceDataSet>().Derived(set => new QualificationSuccessors(set)));
    }
}
