namespace Matching.Api.Students;

internal static class StudentsSetup
{
    /// <summary>Students: their storage, and the students this node has read lately.</summary>
    public static void AddStudents(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StudentRepository>();
        builder.Services.AddSingleton<StudentCache>();
    }
}
