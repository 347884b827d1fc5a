using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Legal;

/// <summary>
/// A Jordanian node: its five NRM stages drive the case stage; and every role against every stage,
/// legal-track and deadline endpoint, on a case of its own agency, of another agency, and with no case data role.
/// </summary>
public sealed class LegalAccessTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    private string _case = "";

    public async Task InitializeAsync() => _case = await app.OpenShelterCaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Jordans_five_stages_drive_the_case_stage_with_history_and_a_stale_version_is_refused()
    {
        var caseId = await app.OpenShelterCaseAsync("Staged");
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var found = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("identification", found.GetProperty("stage").GetString());
        Assert.Equal("Identification of potential victims", found.GetProperty("stageLabel").GetString());

        var version = found.GetProperty("version").GetInt32();
        foreach (var stage in new[] { "sheltering-protection-assistance", "investigation-and-litigation", "voluntary-return", "reintegration" })
        {
            var moved = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/stage", new { stage, version });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            version = (await moved.JsonAsync()).GetProperty("version").GetInt32();
        }
        var stale = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/stage", new { stage = "identification", version = version - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/stage", new { stage = "long-term-assistance-and-inclusion", version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var problem = await unknown.JsonAsync();
        Assert.Contains("long-term-assistance-and-inclusion", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("stage", out _));

        var after = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("reintegration", after.GetProperty("stage").GetString());
        var moves = after.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("field").GetString() == "stage").ToList();
        Assert.Equal(4, moves.Count);
        Assert.Equal("voluntary-return", moves[0].GetProperty("from").GetString());
        Assert.Equal("reintegration", moves[0].GetProperty("to").GetString());

        var (_, email) = await app.NewUserAsync(Roles.Caseworker);
        var arabic = await app.SignedInAsync(email);
        await arabic.SubmitAsync("/", new Dictionary<string, string> { ["language"] = "ar", ["returnUrl"] = "/" }, "/Account/Language");
        Assert.Contains("إعادة الإدماج", await arabic.GetPageAsync($"/Cases/Details/{caseId}"));
    }

    /// <summary>
    /// Demo roles: the shelter's own, the country-wide coordinator, other agencies, roles without case
    /// files (the provider reaches a case only through a referral's consented scope).
    /// </summary>
    public static TheoryData<string, string> Matrix() => new()
    {
        { Roles.Caseworker, "own" }, { Roles.Supervisor, "own" },
        { Roles.Coordinator, "country" },
        { Roles.Police, "other" }, { Roles.Inspector, "other" },
        { Roles.Provider, "none" }, { Roles.Admin, "none" }, { Roles.Researcher, "none" }, { Roles.Programme, "none" }, { Roles.Viewer, "none" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_the_legal_records_its_scope_allows(string role, string scope)
    {
        var client = await app.ApiAsync(role);
        var read = scope switch { "own" or "country" => HttpStatusCode.OK, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden };
        HttpStatusCode Write(HttpStatusCode success) => scope switch
        {
            "own" => success, "other" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden,
        };
        var version = (await (await (await app.ApiAsync(Roles.Caseworker)).GetAsync($"/api/v1/cases/{_case}")).JsonAsync()).GetProperty("version").GetInt32();
        var checks = new List<(string What, HttpStatusCode Expected, HttpResponseMessage Got)>
        {
            ("GET legal", read, await client.GetAsync($"/api/v1/cases/{_case}/legal")),
            ("PUT reflection", Write(HttpStatusCode.OK), await client.PutAsJsonAsync($"/api/v1/cases/{_case}/legal/reflection-period", new { startsOn = "2026-03-01", endsOn = "2026-04-14" })),
            ("POST cooperation", Write(HttpStatusCode.Created), await client.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/cooperation", new { kind = "complaint", on = "2026-03-02", authorityName = "Public Prosecution, Amman" })),
            ("POST proceeding", Write(HttpStatusCode.Created), await client.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/proceedings", new { kind = "complaint", on = "2026-03-02", outcome = "pending", authorityName = "AHTU" })),
            // Jordan's file lists no residence document: a writer is told so (422); nobody else gets that far.
            ("POST document", Write(HttpStatusCode.UnprocessableEntity), await client.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/documents", new { type = "residence-permit", issuedOn = "2026-03-02" })),
            ("POST renewal", Write(HttpStatusCode.NotFound), await client.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/documents/999999/renewals", new { version = 0 })),
            ("POST stage", Write(HttpStatusCode.OK), await client.PostAsJsonAsync($"/api/v1/cases/{_case}/stage", new { stage = "identification", version })),
            ("GET deadlines", scope == "none" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, await client.GetAsync("/api/v1/deadlines")),
        };
        if (scope == "country")
        {
            // The coordinator looks country-wide but writes into no agency's case.
            checks[1] = ("PUT reflection", HttpStatusCode.Forbidden, checks[1].Got);
            checks[2] = ("POST cooperation", HttpStatusCode.Forbidden, checks[2].Got);
            checks[3] = ("POST proceeding", HttpStatusCode.Forbidden, checks[3].Got);
            checks[4] = ("POST document", HttpStatusCode.Forbidden, checks[4].Got);
            checks[5] = ("POST renewal", HttpStatusCode.Forbidden, checks[5].Got);
            checks[6] = ("POST stage", HttpStatusCode.Forbidden, checks[6].Got);
        }
        foreach (var (what, expected, got) in checks)
            Assert.True(got.StatusCode == expected, $"{role} ({scope}) {what}: {(int)got.StatusCode}, expected {(int)expected}");
    }

    [Fact]
    public async Task Roles_of_the_owning_agency_outside_the_legal_track_are_refused()
    {
        var (_, providerEmail) = await app.NewUserAsync(Roles.Provider, "JO-KARAMA");
        var provider = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", providerEmail, "--name", "test")).Output.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/v1/cases/{_case}/legal")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/cooperation", new { kind = "statement", on = "2026-03-02", authorityName = "AHTU" })).StatusCode);

        var (_, policeEmail) = await app.NewUserAsync(Roles.Police, "JO-KARAMA");
        var police = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", policeEmail, "--name", "test")).Output.Trim());
        Assert.Equal(HttpStatusCode.Created, (await police.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/proceedings", new { kind = "investigation", on = "2026-03-03", outcome = "ongoing", authorityName = "AHTU" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync($"/api/v1/cases/{_case}/stage", new { stage = "identification", version = 0 })).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_saves_nothing()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var bad = await caseworker.PostAsJsonAsync($"/api/v1/cases/{_case}/legal/cooperation", new { kind = "bribe", on = "yesterday" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("on", out _));
        Assert.True(errors.TryGetProperty("authorityName", out _));
        // Jordan sets no length: a reflection period without an end is refused, naming endsOn.
        var noEnd = await caseworker.PutAsJsonAsync($"/api/v1/cases/{_case}/legal/reflection-period", new { startsOn = "2026-03-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noEnd.StatusCode);
        Assert.True((await noEnd.JsonAsync()).GetProperty("errors").TryGetProperty("endsOn", out _));
        var track = await (await caseworker.GetAsync($"/api/v1/cases/{_case}/legal")).JsonAsync();
        Assert.DoesNotContain(track.GetProperty("cooperation").EnumerateArray(), c => c.GetProperty("kind").GetString() == "bribe");
    }
}
