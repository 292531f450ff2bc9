namespace Matching.Api.Auth;

/// <summary>Authorization policies by role; an admin passes every one of them.</summary>
internal static class Policies
{
    public const string Admin = "admin";
    public const string School = "school";
    public const string Company = "company";
    public const string Coordinator = "coordinator";
    public const string SchoolOrCompany = "school-or-company";
}
