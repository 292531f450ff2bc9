namespace Matching.Api.Privacy;

internal static class PrivacySetup
{
    /// <summary>What keeps students pseudonymous: the audit log of companies' views and the masking of names in free text.</summary>
    public static void AddStudentPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StudentViewLog>();
        builder.Services.AddSingleton(_ => NameMasker.Default);
    }
}
