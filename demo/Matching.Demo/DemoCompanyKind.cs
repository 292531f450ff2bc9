namespace Matching.Demo;

// A kind of company within a branch (a nursing home, a GP practice...): it decides which roles the company
// trains for, so that a pharmacy never posts a nursing vacancy, and how its vacancies introduce it.
// Size scales how many offers such a company posts; PortAffinity is the share located in the port areas.
internal sealed record DemoCompanyKind(
    string Key,
    int Weight,
    int Size,
    double PortAffinity,
    string[] Roles,
    string[] Names,
    string[] Intros,
    string[] Workplace);
