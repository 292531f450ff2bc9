namespace Matching.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static void AddMatchingOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
            options.AddOperationTransformer<QueryParameterNamesTransformer>();
            options.AddOperationTransformer<IdempotencyKeyOperationTransformer>();
            options.AddOperationTransformer<IsoWeekParameterTransformer>();
            options.AddOperationTransformer<CellIdParameterTransformer>();
            options.AddOperationTransformer<ResponseContentTypesTransformer>();
            options.AddOperationTransformer<ResponseHeadersTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddDocumentTransformer<HealthEndpointsTransformer>();
            options.AddDocumentTransformer<MetricsEndpointTransformer>();
            options.AddSchemaTransformer<AllowedValuesSchemaTransformer>();
            options.AddSchemaTransformer<ExampleSchemaTransformer>();
            options.AddSchemaTransformer<ListItemsSchemaTransformer>();
            options.AddSchemaTransformer<IsoWeekSchemaTransformer>();
            options.CreateSchemaReferenceId = IsoWeekSchemaTransformer.ReferenceId;
            options.AddSchemaTransformer<CellIdSchemaTransformer>();
        });

    /// <summary>The generated document at /openapi/v1.json (and .yaml).</summary>
    public static void MapMatchingOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.yaml").AllowAnonymous();
    }

    /// <summary>Swagger UI at /swagger, on the generated document.</summary>
    public static void UseMatchingSwaggerUi(this WebApplication app) =>
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/openapi/{DocumentName}.json", "Matching API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Matching API";
        });
}
