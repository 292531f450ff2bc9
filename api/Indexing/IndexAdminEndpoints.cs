using Matching.Api.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Indexing;

internal static class IndexAdminEndpoints
{
    public static RouteGroupBuilder MapIndexAdmin(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin").WithTags("Operations").RequireAuthorization(Policies.Admin);
        group.MapGet("/index-consistency", CheckIndexConsistency).WithName(nameof(CheckIndexConsistency))
            .WithSummary("Compare this node's match indexes with the database")
            .WithDescription("""
                Reads every open offer and seeking student and compares their ids and a fingerprint of their indexed fields
                with what this node's indexes hold. Ids that differ are checked again once the node has caught up with the
                change sequence; only lasting differences are reported. It reads all indexed rows: for operators, not for polling.
                """)
            .DisableRequestTimeout();
        return group;
    }

    private static async Task<Ok<IndexConsistencyReport>> CheckIndexConsistency(IndexConsistencyChecker checker, CancellationToken cancellationToken) =>
        TypedResults.Ok(await checker.CheckAsync(cancellationToken));
}
