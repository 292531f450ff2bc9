using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Api.Indexing;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>
/// A node answers a student's matches from the students it has read lately, and still as the database would: a write through
/// any node shows in the next request on every node, even one that has not applied the write's change yet.
/// </summary>
public sealed class StudentReadsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _school = null!;
    private string _schoolKey = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }));
        _schoolKey = issued["key"]!.GetValue<string>();
        _school = ClientWithKey(_schoolKey);
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        await PostOfferAsync(company);
    }

    [Fact]
    public async Task A_student_the_node_has_read_is_not_read_from_the_database_again_while_no_change_names_it()
    {
        var student = await PostStudentAsync(_school);
        await IndexesCaughtUpAsync();
        Assert.Equal(1, await MatchTotalAsync(_school, student));

        // Changed behind the service's back, without a change in the change sequence: only a node that reads the row again sees it.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await new NpgsqlCommand("ALTER TABLE students DISABLE TRIGGER students_changes", connection, transaction).ExecuteNonQueryAsync();
            await using var update = new NpgsqlCommand("UPDATE students SET learning_path = 'BBL' WHERE id = $1", connection, transaction);
            update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = student });
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
            await new NpgsqlCommand("ALTER TABLE students ENABLE TRIGGER students_changes", connection, transaction).ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await MatchTotalAsync(_school, student));
    }

    [Fact]
    public async Task A_student_updated_through_one_node_is_matched_as_updated_by_another_that_has_not_applied_the_update_yet()
    {
        await using var nodeB = await SecondNodeAsync();
        var (gate, schoolOnB, student) = await MatchedOnAsync(nodeB);

        using (gate.Hold())
        {
            var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{student}") { Content = JsonContent.Create(TestData.Student().With("learningPath", "BBL")) };
            update.Headers.IfMatch.ParseAdd("\"1\"");
            Assert.Equal(HttpStatusCode.OK, (await _school.SendAsync(update)).StatusCode);
            await gate.HeldAsync();

            Assert.Equal(0, await MatchTotalAsync(schoolOnB, student));
        }
        await IndexesCaughtUpAsync(nodeB);
        Assert.Equal(0, await MatchTotalAsync(schoolOnB, student));
    }

    [Fact]
    public async Task A_student_erased_through_one_node_is_not_found_by_another_that_has_not_applied_the_erasure_yet()
    {
        await using var nodeB = await SecondNodeAsync();
        var (gate, schoolOnB, student) = await MatchedOnAsync(nodeB);

        using (gate.Hold())
        {
            Assert.Equal(HttpStatusCode.NoContent, (await _school.DeleteAsync($"/v1/students/{student}")).StatusCode);
            await gate.HeldAsync();

            await AssertProblemAsync(await schoolOnB.GetAsync($"/v1/students/{student}/matches"), HttpStatusCode.NotFound);
            await AssertProblemAsync(await schoolOnB.GetAsync($"/v1/students/{student}/matches/diagnosis"), HttpStatusCode.NotFound);
        }
    }

    private async Task<MatchingApiFactory> SecondNodeAsync()
    {
        var node = new MatchingApiFactory(App.ConnectionString);
        await node.WaitUntilReadyAsync();
        return node;
    }

    // A student registered through the first node whose matches the other node has answered (so it holds the student),
    // with a gate on that node's synchronizer subscribed before it read any student: the gate sees each batch first.
    private async Task<(ChangeGate Gate, HttpClient School, Guid Student)> MatchedOnAsync(MatchingApiFactory node)
    {
        var gate = new ChangeGate();
        node.Services.GetRequiredService<IndexSynchronizer>().Subscribe(gate);
        var school = node.CreateClient();
        school.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _schoolKey);
        var student = await PostStudentAsync(_school);
        await IndexesCaughtUpAsync(node);
        Assert.Equal(1, await MatchTotalAsync(school, student));
        return (gate, school, student);
    }

    private static async Task<int> MatchTotalAsync(HttpClient school, Guid student)
    {
        var response = await school.GetAsync($"/v1/students/{student}/matches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJsonAsync(response))["total"]!.GetValue<int>();
    }

    /// <summary>Holds a node's synchronizer at the next batch of student changes, before the node marks it applied, until released.</summary>
    private sealed class ChangeGate : IChangeObserver
    {
        private readonly ManualResetEventSlim _open = new(true);
        private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable Hold()
        {
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _open.Reset();
            return new Release(_open);
        }

        /// <summary>Completes once the synchronizer is held at a batch of student changes.</summary>
        public Task HeldAsync() => _held.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public void Observe(IReadOnlyList<Change> changes)
        {
            if (!_open.IsSet && changes.Any(change => change.Entity == "student"))
            {
                _held.TrySetResult();
                _open.Wait(TimeSpan.FromSeconds(60));
            }
        }

        private sealed class Release(ManualResetEventSlim open) : IDisposable
        {
            public void Dispose() => open.Set();
        }
    }
}
