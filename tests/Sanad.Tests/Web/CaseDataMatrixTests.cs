using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Web;

/// <summary>
/// Every role against every people and case endpoint, on a record of its own agency, of another
/// agency, and with no agency scope at all: what a role may do, it can; what it may not, it gets
/// 403 (wrong role) or 404 (a record it may not know exists).
/// </summary>
public sealed class CaseDataMatrixTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    private string _shelterPerson = "";
    private string _shelterCase = "";

    public async Task InitializeAsync()
    {
        // Records of the shelter JO-KARAMA, where the demo supervisor and caseworker work.
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Nimali", familyName = "Perera", sex = "female", nationality = "LK" });
        _shelterPerson = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var opened = await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId = _shelterPerson });
        _shelterCase = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Demo roles in the shelter's agency, in another agency, and roles without case data.</summary>
    public static TheoryData<string, string> Matrix() => new()
    {
        { Roles.Caseworker, "own" }, { Roles.Supervisor, "own" },
        { Roles.Coordinator, "country" },
        { Roles.Police, "other" }, { Roles.Inspector, "other" },
        // The service provider reads cases only through referrals sent to its agency (ReferralMatrixTests).
        { Roles.Provider, "none" }, { Roles.Admin, "none" }, { Roles.Researcher, "none" }, { Roles.Programme, "none" }, { Roles.Viewer, "none" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_the_records_its_scope_allows(string role, string scope)
    {
        var client = await app.ApiAsync(role);
        var expectedRead = scope switch { "own" or "country" => HttpStatusCode.OK, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden };
        var expectedWrite = scope switch { "own" => HttpStatusCode.Created, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden };

        var checks = new List<(string What, HttpStatusCode Expected, HttpResponseMessage Got)>
        {
            ("GET person", expectedRead, await client.GetAsync($"/api/v1/people/{_shelterPerson}")),
            ("GET case", expectedRead, await client.GetAsync($"/api/v1/cases/{_shelterCase}")),
            ("GET case decisions", expectedRead, await client.GetAsync($"/api/v1/cases/{_shelterCase}/identification")),
            ("GET case screenings", expectedRead, await client.GetAsync($"/api/v1/cases/{_shelterCase}/screenings")),
            ("POST decision", expectedWrite, await client.PostAsJsonAsync($"/api/v1/cases/{_shelterCase}/identification",
                new { outcome = "possible", authority = "ngo", decidedOn = "2026-11-01" })),
            ("PATCH case", scope == "own" ? HttpStatusCode.Conflict : expectedWrite,
                await client.PatchAsJsonAsync($"/api/v1/cases/{_shelterCase}", new { version = -1, status = "follow-up" })),
        };
        var list = await client.GetAsync("/api/v1/cases");
        checks.Add(("GET cases", scope == "none" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, list));
        var register = await client.PostAsJsonAsync("/api/v1/people", new { givenName = "Test", sex = "unknown" });
        checks.Add(("POST person", scope == "none" ? HttpStatusCode.Forbidden : HttpStatusCode.Created, register));

        foreach (var (what, expected, got) in checks)
            Assert.True(got.StatusCode == expected, $"{role} ({scope}) {what}: {(int)got.StatusCode}, expected {(int)expected}");

        if (scope == "other")
        {
            var cases = await list.Content.ReadFromJsonAsync<JsonElement>();
            Assert.DoesNotContain(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == _shelterCase);
        }
        if (scope == "country")
        {
            var person = await (await client.GetAsync($"/api/v1/people/{_shelterPerson}")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(JsonValueKind.Null, person.GetProperty("identity").ValueKind);
        }
    }
}
