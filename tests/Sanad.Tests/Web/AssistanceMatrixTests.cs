using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Features.Assistance;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>
/// Every role against every assistance endpoint and the assistance page, on a case of its own
/// agency, of another agency, and without case data: reads, a worker's writes, and a supervisor's
/// decisions each reach exactly the callers they should; the rest get 403 (role) or 404 (scope).
/// </summary>
public sealed class AssistanceMatrixTests(SanadApp app) : IClassFixture<SanadApp>
{
    /// <summary>"supervisor@other" is a supervisor of the police unit: right role, wrong agency.</summary>
    public static TheoryData<string, string> Matrix() => new()
    {
        { Roles.Caseworker, "own" }, { Roles.Supervisor, "own" },
        { Roles.Coordinator, "country" },
        { Roles.Police, "other" }, { Roles.Inspector, "other" }, { "supervisor@other", "other" },
        // The provider reaches a case only through a referral's consented scope, never its assistance file.
        { Roles.Provider, "none" },
        { Roles.Admin, "none" }, { Roles.Researcher, "none" }, { Roles.Programme, "none" }, { Roles.Viewer, "none" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_the_assistance_its_scope_allows(string role, string scope)
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var (client, email) = role == "supervisor@other" ? await OtherSupervisorAsync() : (await app.ApiAsync(role), Demo.Email(role));
        var isSupervisor = role == Roles.Supervisor;
        var read = scope switch { "own" or "country" => HttpStatusCode.OK, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden };
        HttpStatusCode Write(HttpStatusCode ok) => scope switch { "own" => ok, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden };
        // Decisions: the Supervise policy turns away other roles first (403); a supervisor of another agency finds no case (404).
        HttpStatusCode Decide(HttpStatusCode ok) => isSupervisor ? ok : role == "supervisor@other" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;

        // One case for reading and writing, with a draft plan; one with a closure request waiting.
        var id = await app.ShelterCaseAsync();
        await AssistanceClient.VersionOf(await caseworker.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new { version = 0, goals = new[] { new { text = "Shelter", area = "shelter" } } }));
        var followUp = (await (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { dueOn = "2030-01-01", what = "Call" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var closing = await app.ShelterCaseAsync();
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{closing}/closure", new { reason = "lost-contact" })).StatusCode);

        var checks = new List<(string What, HttpStatusCode Expected, HttpResponseMessage Got)>
        {
            ("GET plan", read, await client.GetAsync($"/api/v1/cases/{id}/plan")),
            ("GET services", read, await client.GetAsync($"/api/v1/cases/{id}/services-delivered")),
            ("GET follow-ups", read, await client.GetAsync($"/api/v1/cases/{id}/follow-ups")),
            ("GET closure", read, await client.GetAsync($"/api/v1/cases/{id}/closure")),
            ("PUT plan (stale)", Write(HttpStatusCode.Conflict), await client.PutAsJsonAsync($"/api/v1/cases/{id}/plan", new { version = -1, goals = Array.Empty<object>() })),
            ("POST submit (stale)", Write(HttpStatusCode.Conflict), await client.PostAsJsonAsync($"/api/v1/cases/{id}/plan/submit", new { version = -1 })),
            ("POST approve (stale)", Decide(HttpStatusCode.Conflict), await client.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approve", new { version = -1 })),
            ("POST return (stale)", Decide(HttpStatusCode.Conflict), await client.PostAsJsonAsync($"/api/v1/cases/{id}/plan/return", new { version = -1, comment = "No" })),
            ("POST service", Write(HttpStatusCode.Created), await client.PostAsJsonAsync($"/api/v1/cases/{id}/services-delivered", new { serviceType = "medical", startedOn = "2025-01-01", outcome = "ongoing" })),
            ("POST follow-up", Write(HttpStatusCode.Created), await client.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { dueOn = "2030-01-02", what = "Visit" })),
            ("POST follow-up done", Write(HttpStatusCode.OK), await client.PostAsJsonAsync($"/api/v1/follow-ups/{followUp}/done", new { })),
            ("GET due follow-ups", scope == "none" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, await client.GetAsync("/api/v1/follow-ups?due=within:7&assignedTo=agency")),
            ("POST closure", Write(HttpStatusCode.Created), await client.PostAsJsonAsync($"/api/v1/cases/{id}/closure", new { reason = "deceased" })),
            ("POST closure refuse", Decide(HttpStatusCode.OK), await client.PostAsJsonAsync($"/api/v1/cases/{closing}/closure/refuse", new { comment = "Try again" })),
        };
        if (isSupervisor)
            Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{closing}/closure", new { reason = "lost-contact" })).StatusCode);
        checks.Add(("POST closure approve", Decide(HttpStatusCode.OK), await client.PostAsync($"/api/v1/cases/{closing}/closure/approve", null)));
        checks.Add(("POST reopen", Decide(HttpStatusCode.OK), await client.PostAsJsonAsync($"/api/v1/cases/{closing}/reopen", new { reason = "Contact found again" })));

        foreach (var (what, expected, got) in checks)
            Assert.True(got.StatusCode == expected, $"{role} ({scope}) {what}: {(int)got.StatusCode}, expected {(int)expected}: {await got.Content.ReadAsStringAsync()}");

        var browser = await app.SignedInAsync(email);
        var page = await browser.GetAsync($"/Cases/Assistance/{id}");
        if (scope == "none")
            Assert.Equal("/Account/AccessDenied", page.Headers.Location?.AbsolutePath);
        else
            Assert.Equal(scope == "other" ? HttpStatusCode.NotFound : HttpStatusCode.OK, page.StatusCode);
    }

    private async Task<(HttpClient, string)> OtherSupervisorAsync()
    {
        var (_, email) = await app.NewUserAsync(Roles.Supervisor, "JO-PSD-AHTU");
        return (app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "test")).Output.Trim()), email);
    }
}
