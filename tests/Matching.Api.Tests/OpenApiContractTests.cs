using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>
/// openapi.yaml at the repository root is the contract: it must equal the document the service
/// generates. Regenerate it with ./scripts/update-openapi.sh (which sets MATCHING_UPDATE_OPENAPI=1).
/// </summary>
public sealed class OpenApiContractTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task The_committed_openapi_yaml_equals_the_served_document()
    {
        var served = Normalize(await Anonymous().GetStringAsync("/openapi/v1.yaml"));
        var path = Path.Combine(RepositoryRoot(), "openapi.yaml");

        if (Environment.GetEnvironmentVariable("MATCHING_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "openapi.yaml is missing: run ./scripts/update-openapi.sh");
        Assert.True(Normalize(await File.ReadAllTextAsync(path)) == served,
            "openapi.yaml differs from the served document: run ./scripts/update-openapi.sh and commit the result.");
    }

    [Fact]
    public async Task The_document_declares_the_api_key_schemes_and_swagger_ui_is_served()
    {
        var json = await Anonymous().GetStringAsync("/openapi/v1.json");
        var ui = await Anonymous().GetAsync("/swagger/index.html");

        Assert.Contains("\"bearer\"", json);
        Assert.Contains("X-Api-Key", json);
        Assert.Contains("\"/v1/students\"", json);
        Assert.Equal(System.Net.HttpStatusCode.OK, ui.StatusCode);
    }

    internal static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Matching.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Matching.sln).");
    }
}
