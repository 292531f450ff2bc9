using System.Net.Http.Headers;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>
/// The data the fuzz draws valid values from: a key per role, the ids of what exists (by collection, as paths name
/// them: "students", "offers", ...), reference data the service knows, and the ids that must survive the run.
/// </summary>
public sealed class FuzzWorld
{
    public Dictionary<string, HttpClient> Clients { get; } = [];

    public Dictionary<string, List<string>> Ids { get; } = [];

    /// <summary>Ids set up before the run; deletes and state changes leave them alone, so every phase finds data.</summary>
    public HashSet<string> Core { get; } = [];

    public List<(int Crebo, int Level, string[] Paths)> Qualifications { get; } = [];

    public List<int> Postcodes { get; } = [];

    public List<string> Sectors { get; } = [];

    public List<string> Regions { get; } = [];

    public string Week { get; set; } = "";

    public string CoordinatorKeyId { get; set; } = "";

    public void Add(string collection, string id, bool core = false)
    {
        if (!Ids.TryGetValue(collection, out var ids))
        {
            Ids[collection] = ids = [];
        }
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
        if (core)
        {
            Core.Add(id);
        }
    }

    public void Remove(string collection, string id) => Ids.GetValueOrDefault(collection)?.Remove(id);

    public static HttpClient WithKey(HttpClient client, string? key)
    {
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }
}
