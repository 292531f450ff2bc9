using Matching.Api.Reference;

namespace Matching.Demo;

// A generated company with what the offer generator needs to know about it. Size weighs how many offers it posts;
// headcount and founding year are fixed per company so that all its vacancies tell the same story.
internal sealed record CompanyPlan(
    DemoCompany Company,
    string ShortName,
    string Region,
    ResolvedBranch Branch,
    ResolvedKind Kind,
    Postcode Postcode,
    RoleGrant[] Grants,
    int Size,
    string Headcount,
    string Founded);
