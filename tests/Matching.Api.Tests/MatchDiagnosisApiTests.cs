using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests;
using Matching.Tests.Service;

namespace Matching.Api.Tests;

/// <summary>
/// A small region built by hand, in which every open offer fails a known rule, and the diagnoses of students in it:
/// the exact count per rule, the relaxations, and that each relaxation adds what the match finds after that change.
/// </summary>
public sealed class MatchDiagnosisApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    // From the student's PC4 3072 (Rotterdam-Zuid): 3089 is 5 km, 2804 (Gouda) 20.7 km, 2511 (Den Haag) 23 km, 3511 (Utrecht) 47 km.
    private const int Near = 3089;
    private const int Gouda = 2804;
    private const int DenHaag = 2511;
    private const int Utrecht = 3511;

    // 25371 is the older crebo of Logistiek medewerker: SBB renumbered it 25774. 90250 is an expired one, matched as 25774.
    private const int OlderLogistics = 25371;
    private const int ExpiredLogistics = 90250;

    private HttpClient _school = null!;
    private readonly Dictionary<string, Guid> _offers = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        var company = await CompanyAsync();
        var companyId = await RegisterAccreditedCompanyAsync(company); // 25774 BOL since 2026-01-01, at PC4 3089
        foreach (var (crebo, path) in new[] { (TestData.LogisticsCrebo, "BBL"), (OlderLogistics, "BOL") })
        {
            Assert.Equal(HttpStatusCode.Created,
                (await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", new { crebo, learningPath = path, validFrom = "2026-01-01" })).StatusCode);
        }
        var unaccredited = await CompanyAsync(OtherCompanyKvk);
        await CreatedIdAsync(await unaccredited.PostAsJsonAsync("/v1/companies", TestData.Company(OtherCompanyKvk)));

        // 25774, BOL, levels 1-3, 2027-02-01 to 2027-06-30, two places, 5 km away, unless said otherwise.
        _offers["eligible 1"] = await PostOfferAsync(company);
        _offers["eligible 2"] = await PostOfferAsync(company);
        _offers["teamleider"] = await PostOfferAsync(company, TestData.Offer().With("crebos", new[] { 25775 }).With("levelMin", 3));
        _offers["older crebo"] = await PostOfferAsync(company, TestData.Offer().With("crebos", new[] { OlderLogistics }));
        _offers["unaccredited"] = await PostOfferAsync(unaccredited);
        _offers["BBL"] = await PostOfferAsync(company, TestData.Offer().With("learningPath", "BBL"));
        _offers["level 3-4"] = await PostOfferAsync(company, TestData.Offer().With("levelMin", 3).With("levelMax", 4));
        // The student is available until 2027-07-01: an offer must start 28 days before, by 2027-06-03.
        _offers["starts 2027-06-15"] = await PostOfferAsync(company, TestData.Offer().With("startDate", "2027-06-15").With("endDate", "2027-12-31"));
        _offers["starts 2027-06-17"] = await PostOfferAsync(company, TestData.Offer().With("startDate", "2027-06-17").With("endDate", "2027-12-31"));
        _offers["starts 2027-06-18"] = await PostOfferAsync(company, TestData.Offer().With("startDate", "2027-06-18").With("endDate", "2027-12-31"));
        // ... and end 28 days after the student can start, by 2027-03-01.
        _offers["ends 2027-02-20"] = await PostOfferAsync(company, TestData.Offer().With("startDate", "2027-01-04").With("endDate", "2027-02-20"));
        _offers["full"] = await PostOfferAsync(company, TestData.Offer(places: 1));
        _offers["Gouda"] = await PostOfferAsync(company, TestData.Offer().With("pc4", Gouda));
        _offers["Den Haag"] = await PostOfferAsync(company, TestData.Offer().With("pc4", DenHaag));
        _offers["Utrecht"] = await PostOfferAsync(company, TestData.Offer().With("pc4", Utrecht));

        var placed = await PostStudentAsync(_school, TestData.Student("STU-PLACED"));
        var placement = await CreatedIdAsync(await _school.PostAsJsonAsync("/v1/placements", new { studentId = placed, offerId = _offers["full"] }));
        Assert.Equal(HttpStatusCode.OK, (await company.PostAsync($"/v1/placements/{placement}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task The_diagnosis_counts_the_offers_each_rule_rules_out_in_order_and_the_nearest_relaxation_of_each_kind()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-DIAGNOSED"));

        var diagnosis = await DiagnosisAsync(student);

        Assert.Equal(student, diagnosis["studentId"]!.GetValue<Guid>());
        Assert.Equal(15, diagnosis["openOffers"]!.GetValue<int>());
        Assert.Equal(
        [
            ("crebo", 2, 13), ("accreditation", 1, 12), ("learning_path", 1, 11), ("level", 1, 10), ("period", 4, 6), ("free_place", 1, 5),
            ("distance", 3, 2),
        ], Steps(diagnosis));
        Assert.Equal(2, diagnosis["eligible"]!.GetValue<int>());
        Assert.Equal(await MatchTotalAsync(student), diagnosis["eligible"]!.GetValue<int>());
        Assert.Equal(
        [
            ("distance", 2, "2 more offers within 25 km"),
            ("later_availability", 2, "2 more offers if available until 2 weeks later (2027-07-15)"),
            ("learning_path", 1, "1 offer on BBL"),
        ], Relaxations(diagnosis));
        var relaxations = diagnosis["relaxations"]!.AsArray();
        Assert.Equal(25, relaxations[0]!["maxDistanceKm"]!.GetValue<int>());
        Assert.Equal((2, "2027-07-15"), (relaxations[1]!["weeksLater"]!.GetValue<int>(), relaxations[1]!["availableUntil"]!.GetValue<string>()));
        Assert.Equal("BBL", relaxations[2]!["learningPath"]!.GetValue<string>());
        Assert.Equal("The offer's period overlaps 2027-02-01 to 2027-07-01 by at least 28 days.",
            diagnosis["rules"]!.AsArray()[4]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_relaxation_adds_the_offers_that_the_match_finds_after_that_change()
    {
        var registered = TestData.Student("STU-RELAXED");
        var student = await PostStudentAsync(_school, registered);
        Assert.Equal(2, await MatchTotalAsync(student));

        Assert.Equal(2 + 2, await MatchTotalAfterAsync(student, registered.With("maxDistanceKm", 25)));
        Assert.Equal(2 + 2, await MatchTotalAfterAsync(student, registered.With("availableUntil", "2027-07-15")));
        // One week later is not enough for either: the nearest step is two weeks.
        Assert.Equal(2, await MatchTotalAfterAsync(student, registered.With("availableUntil", "2027-07-08")));
        // On BBL the BOL offers drop out and the BBL one comes in.
        Assert.Equal(1, await MatchTotalAfterAsync(student, registered.With("learningPath", "BBL")));
    }

    [Fact]
    public async Task A_student_on_a_renumbered_qualification_learns_how_many_offers_its_successor_would_add()
    {
        var registered = TestData.Student("STU-OLDER").With("crebo", OlderLogistics);
        var student = await PostStudentAsync(_school, registered);

        var diagnosis = await DiagnosisAsync(student);

        // Only the offer naming 25371 accepts it; every other offer names 25774 or 25775.
        Assert.Equal(("crebo", 14, 1), Steps(diagnosis)[0]);
        Assert.Equal(1, diagnosis["eligible"]!.GetValue<int>());
        Assert.Equal(await MatchTotalAsync(student), diagnosis["eligible"]!.GetValue<int>());
        Assert.Equal(
        [
            ("distance", 0, "No more offers within 300 km"),
            ("later_availability", 0, "No more offers if available until up to 26 weeks later (2027-12-30)"),
            ("learning_path", 0, "No offers on BBL"),
            ("successor", 2, "2 more offers of the successor qualification 25774 (Logistiek medewerker)"),
        ], Relaxations(diagnosis));
        Assert.Equal(TestData.LogisticsCrebo, diagnosis["relaxations"]![3]!["crebo"]!.GetValue<int>());
        // Registered on 25774 the student has those two, and no longer the offer that names only 25371.
        Assert.Equal(2, await MatchTotalAfterAsync(student, registered.With("crebo", TestData.LogisticsCrebo)));
    }

    [Fact]
    public async Task A_student_on_an_expired_qualification_is_diagnosed_on_the_successor_it_is_matched_as()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-EXPIRED").With("crebo", ExpiredLogistics));

        var diagnosis = await DiagnosisAsync(student);

        Assert.Equal(TestData.LogisticsCrebo, diagnosis["qualification"]!["matchedAs"]!.GetValue<int>());
        Assert.Equal("matched_as_successor", diagnosis["notice"]!["code"]!.GetValue<string>());
        Assert.Equal(("crebo", 2, 13), Steps(diagnosis)[0]);
        Assert.Equal(2, diagnosis["eligible"]!.GetValue<int>());
        Assert.DoesNotContain("successor", Relaxations(diagnosis).Select(r => r.Kind));
    }

    [Fact]
    public async Task The_batch_answers_per_student_in_the_order_sent_and_refuses_another_schools_student_in_its_row()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-BATCH"));
        var foreign = await PostStudentAsync(await SchoolAsync(OtherSchoolBrin), TestData.Student("STU-FOREIGN"));
        var unknown = Guid.NewGuid();
        var single = await DiagnosisAsync(student);

        var response = await _school.PostAsJsonAsync("/v1/matches/diagnosis/batch", new { studentIds = new[] { student, foreign, unknown, student } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal([(student, "ok"), (foreign, "forbidden"), (unknown, "not_found"), (student, "ok")],
            rows.Select(row => (row!["studentId"]!.GetValue<Guid>(), row["status"]!.GetValue<string>())));
        Assert.Equal(single.ToJsonString(), rows[0]!["diagnosis"]!.ToJsonString());
        Assert.Null(rows[1]!["diagnosis"]);
        Assert.Null(rows[2]!["diagnosis"]);

        await AssertValidationProblemAsync(await _school.PostAsJsonAsync("/v1/matches/diagnosis/batch", new { studentIds = Array.Empty<Guid>() }), "studentIds");
        await AssertValidationProblemAsync(await _school.PostAsJsonAsync("/v1/matches/diagnosis/batch",
            new { studentIds = Enumerable.Range(0, 501).Select(_ => Guid.NewGuid()) }), "studentIds");
    }

    [Fact]
    public async Task Another_school_and_a_company_may_not_read_a_students_diagnosis()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-PRIVATE"));

        await AssertProblemAsync(await (await SchoolAsync(OtherSchoolBrin)).GetAsync($"/v1/students/{student}/matches/diagnosis"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await (await CompanyAsync()).GetAsync($"/v1/students/{student}/matches/diagnosis"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _school.GetAsync($"/v1/students/{Guid.NewGuid()}/matches/diagnosis"), HttpStatusCode.NotFound);
    }

    private async Task<JsonObject> DiagnosisAsync(Guid student)
    {
        await IndexesCaughtUpAsync();
        var response = await _school.GetAsync($"/v1/students/{student}/matches/diagnosis");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private async Task<int> MatchTotalAsync(Guid student)
    {
        await IndexesCaughtUpAsync();
        return (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{student}/matches")))["total"]!.GetValue<int>();
    }

    // The match's total once the student is registered as changed.
    private async Task<int> MatchTotalAfterAsync(Guid student, Dictionary<string, object?> changed)
    {
        var current = await _school.GetAsync($"/v1/students/{student}");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{student}") { Content = JsonContent.Create(changed) };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        var response = await _school.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await MatchTotalAsync(student);
    }

    private static List<(string Rule, int RuledOut, int Remaining)> Steps(JsonObject diagnosis) =>
    [
        .. diagnosis["rules"]!.AsArray().Select(step => (step!["rule"]!.GetValue<string>(), step["ruledOut"]!.GetValue<int>(), step["remaining"]!.GetValue<int>())),
    ];

    private static List<(string Kind, int Count, string Message)> Relaxations(JsonObject diagnosis) =>
    [
        .. diagnosis["relaxations"]!.AsArray().Select(r => (r!["kind"]!.GetValue<string>(), r["count"]!.GetValue<int>(), r["message"]!.GetValue<string>())),
    ];
}
