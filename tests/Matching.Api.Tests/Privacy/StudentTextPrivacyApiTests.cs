using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests;
using Matching.Tests.Service;

namespace Matching.Api.Tests.Privacy;

/// <summary>
/// Contact details are refused at the door (create, replace, bulk) with the field and the kind named and the detail
/// never echoed; names in the free text are masked for companies and kept for the school.
/// </summary>
public sealed class StudentTextPrivacyApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Phone = "Contains a phone number; contact details may not be stored (the company would see them).";
    private const string Email = "Contains an e-mail address; contact details may not be stored (the company would see them).";

    [Fact]
    public async Task A_student_whose_text_has_a_phone_number_is_refused_naming_the_field_and_kind_and_nothing_is_stored()
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With("freeText", "Ik ben Samira, 17 jaar, bel me op 06-12345678"));

        var problem = await AssertValidationProblemAsync(response, "freeText");
        Assert.Equal([Phone], problem["errors"]!["freeText"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.DoesNotContain("12345678", problem.ToJsonString());
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task Every_kind_found_is_named_once()
    {
        var school = await SchoolAsync();
        var text = "geb. 12-03-2008, mail samira@gmail.com of app 06 1234 5678, insta: samira_17, www.samira.nl, Kerkstraat 12a";

        var problem = await AssertValidationProblemAsync(await school.PostAsJsonAsync("/v1/students", TestData.Student().With("freeText", text)), "freeText");

        var messages = problem["errors"]!["freeText"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        string[] kinds = ["an e-mail address;", "a phone number;", "a web address;", "a social media handle;", "a street address", "a birth date;"];
        Assert.Equal(kinds.Length, messages.Count);
        Assert.All(kinds.Zip(messages), pair => Assert.StartsWith("Contains " + pair.First, pair.Second));
    }

    [Fact]
    public async Task A_replacement_with_an_email_address_is_refused_and_the_stored_text_stays()
    {
        var school = await SchoolAsync();
        var created = await ReadJsonAsync(await school.PostAsJsonAsync("/v1/students", TestData.Student()));
        var id = created["id"]!.GetValue<Guid>();
        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}")
        {
            Content = JsonContent.Create(TestData.Student().With("freeText", "mail me: jan.devries2008@hotmail.nl")),
        };
        update.Headers.IfMatch.ParseAdd("\"1\"");

        var problem = await AssertValidationProblemAsync(await school.SendAsync(update), "freeText");

        Assert.Equal([Email], problem["errors"]!["freeText"]!.AsArray().Select(m => m!.GetValue<string>()));
        var stored = await ReadJsonAsync(await school.GetAsync($"/v1/students/{id}"));
        Assert.Equal((string)TestData.Student()["freeText"]!, stored["freeText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bulk_upsert_reports_each_row_with_a_detail_and_stores_the_others()
    {
        var school = await SchoolAsync();
        var rows = new[]
        {
            TestData.Student("STU-OK").With("freeText", "crebo 25774, 06 maanden, BHV 2024, Rotterdam-Zuid, beschikbaar vanaf 01-02-2027"),
            TestData.Student("STU-BIRTH").With("freeText", "geboren op 3/4/2007"),
            TestData.Student("STU-STREET").With("freeText", "ik woon op de Laan van Meerdervoort 1001"),
        };

        var result = await ReadJsonAsync(await school.PostAsJsonAsync("/v1/students/bulk", new { students = rows }));

        Assert.Equal(1, result["created"]!.GetValue<int>());
        Assert.Equal(2, result["failed"]!.GetValue<int>());
        var results = result["results"]!.AsArray();
        Assert.Equal("created", results[0]!["status"]!.GetValue<string>());
        Assert.Equal("Contains a birth date; personal details may not be stored (the company would see them).",
            Assert.Single(results[1]!["errors"]!["freeText"]!.AsArray())!.GetValue<string>());
        Assert.StartsWith("Contains a street address", Assert.Single(results[2]!["errors"]!["freeText"]!.AsArray())!.GetValue<string>());
        Assert.DoesNotContain("Meerdervoort", result.ToJsonString());
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task A_company_sees_names_masked_in_candidates_while_the_school_and_an_admin_see_the_text_as_stored()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await PostOfferAsync(company);
        const string text = "Ik ben Samira El Amrani en ik rijd graag heftruck in een magazijn in Rotterdam-Zuid. Groetjes, Samira";
        var student = await PostStudentAsync(school, TestData.Student().With("freeText", text));
        await IndexesCaughtUpAsync();

        var asCompany = await ReadJsonAsync(await company.GetAsync($"/v1/offers/{offer}/candidates"));
        var asAdmin = await ReadJsonAsync(await Admin.GetAsync($"/v1/offers/{offer}/candidates"));
        var asSchool = await ReadJsonAsync(await school.GetAsync($"/v1/students/{student}"));

        Assert.Equal("Ik ben [naam] en ik rijd graag heftruck in een magazijn in Rotterdam-Zuid. Groetjes, [naam]",
            Assert.Single(asCompany["items"]!.AsArray())!["freeText"]!.GetValue<string>());
        Assert.DoesNotContain("Samira", asCompany.ToJsonString());
        Assert.Equal(text, Assert.Single(asAdmin["items"]!.AsArray())!["freeText"]!.GetValue<string>());
        Assert.Equal(text, asSchool["freeText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_company_reading_placements_sees_no_student_text_at_all()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await PostOfferAsync(company);
        var student = (await ReadJsonAsync(await school.PostAsJsonAsync("/v1/students",
            TestData.Student().With("freeText", "Ik ben Samira en ik rijd graag heftruck"))))["id"]!.GetValue<Guid>();
        var placement = await school.PostAsJsonAsync("/v1/placements", new { studentId = student, offerId = offer });
        Assert.Equal(HttpStatusCode.Created, placement.StatusCode);
        var placementId = (await ReadJsonAsync(placement))["id"]!.GetValue<Guid>();

        var list = await (await company.GetAsync("/v1/placements")).Content.ReadAsStringAsync();
        var one = await (await company.GetAsync($"/v1/placements/{placementId}")).Content.ReadAsStringAsync();

        Assert.Contains(placementId.ToString(), list);
        Assert.All(new[] { list, one }, json => Assert.DoesNotContain("Samira", json));
        Assert.All(new[] { list, one }, json => Assert.DoesNotContain("heftruck", json));
    }
}
