using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>GET /v1/qualifications?q=: what schools type (abbreviations, occupation words) finds the qualification.</summary>
public sealed class QualificationTypeaheadApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Theory]
    [InlineData("pmk", new[] { 25486, 25603, 25696 })] // Pedagogisch medewerker kinderopvang, from the synonym list
    [InlineData("vig", new[] { 25491, 25656, 26102 })] // verzorgende-IG (and Maatschappelijk verzorgende-IG plus)
    [InlineData("hzw", new[] { 25498, 25960 })] // Helpende Zorg en Welzijn, by its initials
    [InlineData("bmz", new[] { 25780 })] // Begeleider maatschappelijke zorg, by its initials
    public async Task Typeahead_finds_a_qualification_by_the_abbreviation_schools_write(string q, int[] crebos)
    {
        var found = await CrebosAsync($"q={q}&current=true");

        Assert.Equal(crebos.Order(), found.Take(crebos.Length).Order());
    }

    [Fact]
    public async Task Typeahead_finds_the_maatschappelijke_zorg_and_ict_qualifications_by_their_abbreviations()
    {
        var mz = await CrebosAsync("q=mz&current=true");
        var it = await CrebosAsync("q=it&current=true&limit=200");

        Assert.Contains(25779, mz); // Persoonlijk begeleider maatschappelijke zorg
        Assert.Contains(25780, mz); // Begeleider maatschappelijke zorg
        Assert.Contains(25189, it); // ICT-beheerder: "it" is a synonym of "ict"
        Assert.Contains(25192, it); // Medewerker ICT
    }

    [Theory]
    [InlineData("keuken", 25180)] // Kok: its dossier is Keuken
    [InlineData("kinderopvang", 25696)] // Pedagogisch medewerker kinderopvang
    [InlineData("kinderdagverblijf", 25696)] // an ESCO label of the occupation named like it
    [InlineData("magazijn", 25774)] // Logistiek medewerker: magazijnmedewerker is its synonym and an ESCO label
    [InlineData("systeembeheerder", 25189)] // ICT-beheerder, from the synonym list
    public async Task Typeahead_finds_a_qualification_by_an_occupation_word_that_is_not_in_its_name(string q, int crebo)
    {
        var found = await CrebosAsync($"q={q}&current=true&limit=200");

        Assert.Contains(crebo, found);
    }

    [Fact]
    public async Task Typeahead_ranks_current_qualifications_before_expired_ones_that_match_better()
    {
        var items = await ItemsAsync("q=magazijn&limit=200");

        // The expired Magazijnmedewerker (10021) matches by name, Logistiek medewerker only by synonym: current wins.
        var crebos = items.Select(q => q!["crebo"]!.GetValue<int>()).ToList();
        Assert.True(crebos.IndexOf(25774) < crebos.IndexOf(10021));
        var current = items.Select(q => q!["current"]!.GetValue<bool>()).ToList();
        Assert.Equal(current.OrderByDescending(c => c), current);
    }

    [Fact]
    public async Task Typeahead_ranks_a_name_match_before_a_dossier_match_before_a_synonym_match()
    {
        var keuken = await CrebosAsync("q=keuken&current=true&limit=200");
        var ig = await CrebosAsync("q=verzorg%20ig&current=true&limit=200");

        // "keuken" starts a word of "Allround keukenmonteur" and of "Leidinggevende keuken", but only the dossier of Kok.
        Assert.True(keuken.IndexOf(25840) < keuken.IndexOf(25180));
        Assert.True(keuken.IndexOf(25181) < keuken.IndexOf(25180));
        // "verzorg ig" is the name of verzorgende-IG; Helpende Zorg en Welzijn has it only in an ESCO occupation's labels.
        Assert.True(ig.IndexOf(25491) < ig.IndexOf(25498));
        Assert.True(ig.IndexOf(25498) >= 0);
    }

    [Fact]
    public async Task Typeahead_folds_case_and_diacritics_and_keeps_crebo_prefixes_and_filters()
    {
        var upper = await CrebosAsync("q=PMK&current=true");
        var accented = await CrebosAsync("q=co%C3%B6rdinator%20beveil&current=true");
        var plain = await CrebosAsync("q=coordinator%20beveil&current=true");
        var crebo = await CrebosAsync("q=2518&level=2&current=true");

        Assert.Equal([25486, 25603, 25696], upper.Take(3).Order());
        Assert.Equal(25408, accented.First()); // Coördinator beveiliging
        Assert.Equal(accented, plain);
        Assert.Contains(25180, crebo);
        Assert.All(crebo, c => Assert.StartsWith("2518", c.ToString()));
    }

    private async Task<List<int>> CrebosAsync(string query) =>
        [.. (await ItemsAsync(query)).Select(q => q!["crebo"]!.GetValue<int>())];

    private async Task<JsonArray> ItemsAsync(string query) =>
        (await ReadJsonAsync(await Admin.GetAsync($"/v1/qualifications?{query}")))["items"]!.AsArray();
}
