using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

public sealed class CaseClosureTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static async Task<JsonElement> CaseAsync(HttpClient client, string id) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");

    private static IEnumerable<string> History(JsonElement found) =>
        found.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("field").GetString()}:{h.GetProperty("from").GetString()}>{h.GetProperty("to").GetString()}");

    [Fact]
    public async Task A_case_closes_only_through_a_request_a_supervisor_approves()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        var version = (await CaseAsync(caseworker, id)).GetProperty("version").GetInt32();

        // Neither the caseworker nor the supervisor closes a case by changing its status.
        foreach (var client in new[] { caseworker, supervisor })
        {
            var patched = await client.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, status = "closed" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, patched.StatusCode);
            Assert.True((await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _));
        }
        Assert.Equal("active", (await CaseAsync(caseworker, id)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsync($"/api/v1/cases/{id}/closure/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "returned-home", note = "Flew to Addis Ababa on 3 March." })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "lost-contact" })).StatusCode);
        var waiting = (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure")).GetProperty("waiting");
        Assert.Equal("returned-home", waiting.GetProperty("reason").GetString());
        Assert.Equal("Flew to Addis Ababa on 3 March.", waiting.GetProperty("note").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsync($"/api/v1/cases/{id}/closure/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.OtherAgencySupervisorAsync()).PostAsync($"/api/v1/cases/{id}/closure/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure/refuse", new { comment = "Wait for the return to be confirmed." })).StatusCode);
        var refused = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("waiting").ValueKind);
        Assert.Equal("refused", refused.GetProperty("requests")[0].GetProperty("state").GetString());
        Assert.Equal("Wait for the return to be confirmed.", refused.GetProperty("requests")[0].GetProperty("comment").GetString());
        Assert.Equal("active", (await CaseAsync(caseworker, id)).GetProperty("status").GetString());

        // Handed over to another organisation: HTCDS "closed-referred", with the reason in the history.
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "transferred" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/cases/{id}/closure/approve", null)).StatusCode);
        var closed = await CaseAsync(caseworker, id);
        Assert.Equal("closed-referred", closed.GetProperty("status").GetString());
        Assert.Contains("status:active>closed-referred", History(closed));
        Assert.Contains("closureReason:>transferred", History(closed));
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "lost-contact" })).StatusCode);
    }

    [Fact]
    public async Task Only_a_supervisor_reopens_a_closed_case_with_a_reason_kept_in_the_history()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = "Not closed yet" })).StatusCode);
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "assistance-completed" });
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/cases/{id}/closure/approve", null)).StatusCode);
        var closed = await CaseAsync(caseworker, id);
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        // The status field does not reopen it either.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supervisor.PatchAsJsonAsync($"/api/v1/cases/{id}",
            new { version = closed.GetProperty("version").GetInt32(), status = "active" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = "She came back" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/reopen", new { reason = "Her former employer threatened her again." })).StatusCode);

        var reopened = await CaseAsync(caseworker, id);
        Assert.Equal("active", reopened.GetProperty("status").GetString());
        Assert.Equal(["status:closed>active", "status:active>closed"], History(reopened).Where(h => h.StartsWith("status:")));
        var closure = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure");
        Assert.Equal("Her former employer threatened her again.", closure.GetProperty("reopenings")[0].GetProperty("reason").GetString());
        Assert.Equal("approved", closure.GetProperty("requests")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_closure_request_needs_a_known_reason_and_a_note_when_the_reason_is_other()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "bored" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        var other = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "other" });
        Assert.True((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal(JsonValueKind.Null, (await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure")).GetProperty("waiting").ValueKind);
    }

    [Fact]
    public async Task An_approval_racing_a_refusal_leaves_one_decision_and_tells_the_other_supervisor()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "returned-home" })).StatusCode);
        var (_, colleague) = await app.NewUserAsync(Roles.Supervisor);
        var other = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", colleague, "--name", "test")).Output.Trim());

        var answers = await Task.WhenAll(
            (await app.ApiAsync(Roles.Supervisor)).PostAsync($"/api/v1/cases/{id}/closure/approve", null),
            other.PostAsJsonAsync($"/api/v1/cases/{id}/closure/refuse", new { comment = "Not yet" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var closure = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/closure");
        var decided = Assert.Single(closure.GetProperty("requests").EnumerateArray());
        var status = (await CaseAsync(caseworker, id)).GetProperty("status").GetString();
        Assert.Equal(decided.GetProperty("state").GetString() == "approved" ? "closed" : "active", status);
    }
}
