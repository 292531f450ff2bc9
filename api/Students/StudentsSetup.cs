namespace Matching.Api.Students;

internal static class StudentsSetup
{
    /// <summary>Students: their storage.</summary>
    public static void AddStudents(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<StudentRepository>();
}
