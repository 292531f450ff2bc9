namespace Matching.Demo;

internal sealed record RoleGrant(ResolvedRole Role, GrantEntry[] Entries);
