namespace Matching.Api.Diagnosis;

internal static class DiagnosisSetup
{
    /// <summary>The diagnoser reads this node's match indexes, as the matchers do.</summary>
    public static void AddMatchDiagnosis(this WebApplicationBuilder builder) => builder.Services.AddSingleton<MatchDiagnoser>();
}
