using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Assistance;

public sealed class AssistancePlanTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static object Goals(params string[] texts) => texts.Select((text, i) => new { text, area = i == 0 ? "shelter" : "legal-aid", targetDate = "2027-01-15" }).ToArray();

    [Fact]
    public async Task A_plan_is_approved_only_by_a_supervisor_of_the_owning_agency_and_a_stale_version_is_refused()
    {
        var id = await app.ShelterCaseAsync();
        var plan = $"/api/v1/cases/{id}/plan";
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var supervisor = await app.ApiAsync(Roles.Supervisor);

        var v1 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync(plan, new { version = 0, goals = Goals("Safe room at the shelter", "Lawyer for the wage claim") }));
        // A colleague who read the empty plan cannot overwrite the one just written.
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PutAsJsonAsync(plan, new { version = 0, goals = Goals("Something else") })).StatusCode);
        var v2 = await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"{plan}/submit", new { version = v1 }));
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PutAsJsonAsync(plan, new { version = v2, goals = Goals("Changed while waiting") })).StatusCode);

        // Who may not decide: the caseworker (role), the coordinator (looks, does not write), another agency's supervisor (404).
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsJsonAsync($"{plan}/approve", new { version = v2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).PostAsJsonAsync($"{plan}/approve", new { version = v2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.OtherAgencySupervisorAsync()).PostAsJsonAsync($"{plan}/approve", new { version = v2 })).StatusCode);

        var v3 = await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"{plan}/return", new { version = v2, comment = "Add a medical check-up." }));
        var returned = await caseworker.GetFromJsonAsync<JsonElement>(plan);
        Assert.Equal("returned", returned.GetProperty("current").GetProperty("state").GetString());
        Assert.Equal("Add a medical check-up.", returned.GetProperty("current").GetProperty("returnComment").GetString());

        var v4 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync(plan, new { version = v3, goals = Goals("Safe room at the shelter", "Lawyer for the wage claim", "Medical check-up") }));
        var v5 = await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"{plan}/submit", new { version = v4 }));
        // The supervisor approves exactly the version they read.
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"{plan}/approve", new { version = v4 })).StatusCode);
        var v6 = await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"{plan}/approve", new { version = v5 }));

        // Editing the approved plan starts version 2 as a draft; version 1 stays visible as approved.
        var v7 = await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync(plan, new { version = v6, goals = Goals("Move to independent housing") }));
        var editing = await caseworker.GetFromJsonAsync<JsonElement>(plan);
        Assert.Equal(v7, editing.GetProperty("version").GetInt32());
        Assert.Equal(2, editing.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal("draft", editing.GetProperty("current").GetProperty("state").GetString());
        var approved = editing.GetProperty("approved");
        Assert.Equal(1, approved.GetProperty("number").GetInt32());
        Assert.Equal("approved", approved.GetProperty("state").GetString());
        Assert.Equal(["Safe room at the shelter", "Lawyer for the wage claim", "Medical check-up"],
            approved.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("text").GetString()));

        var v8 = await AssistanceClient.VersionOf(await caseworker.PostAsJsonAsync($"{plan}/submit", new { version = v7 }));
        await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"{plan}/approve", new { version = v8 }));
        var after = await caseworker.GetFromJsonAsync<JsonElement>(plan);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("approved").ValueKind);
        Assert.Equal(["2:approved", "1:superseded"],
            after.GetProperty("versions").EnumerateArray().Select(v => $"{v.GetProperty("number").GetInt32()}:{v.GetProperty("state").GetString()}"));

        // The coordinator sees the plan's shape, not the goals' words (sensitive tier of another agency).
        var coordinator = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>(plan);
        var goal = coordinator.GetProperty("current").GetProperty("goals")[0];
        Assert.Equal(JsonValueKind.Null, goal.GetProperty("text").ValueKind);
        Assert.Equal("shelter", goal.GetProperty("area").GetString());
    }

    [Fact]
    public async Task The_submitter_cannot_approve_their_own_plan_and_an_empty_plan_is_not_submitted()
    {
        var id = await app.ShelterCaseAsync();
        var plan = $"/api/v1/cases/{id}/plan";
        var supervisor = await app.ApiAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await supervisor.PostAsJsonAsync($"{plan}/submit", new { version = 0 })).StatusCode);
        var v1 = await AssistanceClient.VersionOf(await supervisor.PutAsJsonAsync(plan, new { version = 0, goals = Goals("Psychosocial sessions") }));
        var v2 = await AssistanceClient.VersionOf(await supervisor.PostAsJsonAsync($"{plan}/submit", new { version = v1 }));
        var own = await supervisor.PostAsJsonAsync($"{plan}/approve", new { version = v2 });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("submitted yourself", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_goals_are_refused_with_the_field_named_and_nothing_saved()
    {
        var id = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var bad = await caseworker.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new
        {
            version = 0,
            goals = new object[] { new { text = "Shelter", area = "shelter" }, new { text = "Spa", area = "spa", targetDate = "15/01/2027", status = "maybe" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("goals[1].Area", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("goals[1].TargetDate", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("goals[1].Status", out _), errors.ToString());
        var plan = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/plan");
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("current").ValueKind);
        Assert.Equal(0, plan.GetProperty("version").GetInt32());
    }
}
