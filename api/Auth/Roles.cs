namespace Matching.Api.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string School = "school";
    public const string Company = "company";
    public const string Coordinator = "coordinator";

    public static readonly string[] All = [Admin, School, Company, Coordinator];
}
