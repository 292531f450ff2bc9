using Matching.Api.Reference;

namespace Matching.Api.Demo;

// A generated company with what the offer generator needs to know about it. Size weighs how many offers it posts.
internal sealed record CompanyPlan(
    DemoCompany Company,
    string ShortName,
    string Region,
    ResolvedBranch Branch,
    ResolvedKind Kind,
    Postcode Postcode,
    RoleGrant[] Grants,
    int Size);
