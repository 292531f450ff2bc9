using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Matching API",
            Version = "v1",
            Description = """
                Matches MBO students to internships (BOL) and learning jobs (BBL) at accredited learning companies,
                and reports where places fall short. Every error is an RFC 9457 problem+json document.
                """,
            License = new OpenApiLicense { Name = "EUPL-1.2" },
        };
        // The served document must not depend on the host it was fetched from, so the committed copy stays stable.
        document.Servers = [];
        return Task.CompletedTask;
    }
}
