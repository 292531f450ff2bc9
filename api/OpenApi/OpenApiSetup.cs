namespace Matching.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static void AddMatchingOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
        });

    /// <summary>The generated document at /openapi/v1.json (and .yaml), and Swagger UI on it at /swagger.</summary>
    public static void MapMatchingOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.yaml").AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/openapi/{DocumentName}.json", "Matching API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Matching API";
        });
    }
}
