using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Legal;

/// <summary>A Belgian node: the reflection period, residence documents and deadlines follow Belgium's jurisdiction file.</summary>
public sealed class BelgianLegalTrackTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var admin = await app.ApiAsync(Roles.Admin);
        var saved = await admin.PutAsJsonAsync("/api/v1/admin/settings", new { country = "BE", languages = new[] { "fr", "en", "ar" }, timeZone = "Europe/Brussels", twoFactorRequiredRoles = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_reflection_period_lasts_45_days_and_a_new_case_starts_at_belgiums_first_stage()
    {
        var caseId = await app.OpenShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var set = await caseworker.PutAsJsonAsync($"/api/v1/cases/{caseId}/legal/reflection-period", new { startsOn = "2026-03-01" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("2026-04-14", (await set.JsonAsync()).GetProperty("endsOn").GetString());

        var found = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("identification", found.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task The_certificate_of_registration_runs_3_months_extends_once_and_then_is_refused()
    {
        var caseId = await app.OpenShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var added = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents", new { type = "registration-certificate", number = "BE-CERT-1", issuedOn = "2026-03-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var documentId = (await added.JsonAsync()).GetProperty("id").GetInt64();
        var document = await DocumentAsync(caseworker, caseId, documentId);
        Assert.Equal("2026-05-31", document.GetProperty("validUntil").GetString());

        var renewed = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents/{documentId}/renewals", new { version = document.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var after = await renewed.JsonAsync();
        Assert.Equal("2026-08-31", after.GetProperty("validUntil").GetString());
        Assert.Equal(0, after.GetProperty("renewalsLeft").GetInt32());

        var again = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents/{documentId}/renewals", new { version = after.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("1", (await again.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("2026-08-31", (await DocumentAsync(caseworker, caseId, documentId)).GetProperty("validUntil").GetString());

        var stale = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents/{documentId}/renewals", new { version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_a_card_is_renewed_by_6_months_as_often_as_needed_and_indefinite_residence_has_no_end()
    {
        var caseId = await app.OpenShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var added = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents", new { type = "a-card", issuedOn = "2026-01-01" });
        var documentId = (await added.JsonAsync()).GetProperty("id").GetInt64();
        var version = (await DocumentAsync(caseworker, caseId, documentId)).GetProperty("version").GetInt32();
        JsonElement renewed = default;
        for (var i = 0; i < 3; i++)
        {
            var response = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents/{documentId}/renewals", new { version });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            renewed = await response.JsonAsync();
            version = renewed.GetProperty("version").GetInt32();
        }
        Assert.Equal("2027-12-31", renewed.GetProperty("validUntil").GetString());
        Assert.Equal(JsonValueKind.Null, renewed.GetProperty("renewalsLeft").ValueKind);

        var indefinite = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents", new { type = "indefinite-residence", issuedOn = "2027-06-01" });
        var track = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}/legal")).JsonAsync();
        var current = track.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("current").GetBoolean());
        Assert.Equal((await indefinite.JsonAsync()).GetProperty("id").GetInt64(), current.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("validUntil").ValueKind);

        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents", new { type = "green-card", issuedOn = "2027-06-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task Document_numbers_and_file_references_are_sealed_and_hidden_from_the_coordinator()
    {
        var caseId = await app.OpenShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        const string number = "B7733519QX";
        const string reference = "PV-BRU-2026-884412";
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/documents", new { type = "a-card", number, issuedOn = "2026-01-01" });
        var step = await caseworker.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal/proceedings",
            new { kind = "investigation", on = "2026-02-01", outcome = "ongoing", authorityName = "Procureur du Roi de Bruxelles", reference });
        Assert.Equal(HttpStatusCode.Created, step.StatusCode);

        var own = await (await caseworker.GetAsync($"/api/v1/cases/{caseId}/legal")).JsonAsync();
        Assert.Equal(number, own.GetProperty("documents")[0].GetProperty("number").GetString());
        Assert.Equal(reference, own.GetProperty("proceedings")[0].GetProperty("reference").GetString());
        var coordinator = await (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/cases/{caseId}/legal")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, coordinator.GetProperty("documents")[0].GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, coordinator.GetProperty("proceedings")[0].GetProperty("reference").ValueKind);

        if (app.Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(app.Database.DataDirectory, "sanad.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(number)));
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(reference)));
            }
        }
        else
        {
            var hits = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Database.SqlQueryRaw<int>(
                "SELECT (SELECT count(*) FROM residence_documents WHERE encode(\"SealedNumber\", 'escape') LIKE {0})::int + (SELECT count(*) FROM proceeding_steps WHERE encode(\"SealedReference\", 'escape') LIKE {1})::int AS \"Value\"",
                $"%{number}%", $"%{reference}%").SingleAsync());
            Assert.Equal(0, hits);
        }
    }

    [Fact]
    public async Task The_deadline_list_holds_exactly_the_due_items_of_the_agencys_open_cases()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        // Due soon: a reflection period ending in 44 days... started today (45 days, last day = today + 44).
        var reflecting = await app.OpenShelterCaseAsync("Reflecting");
        await caseworker.PutAsJsonAsync($"/api/v1/cases/{reflecting}/legal/reflection-period", new { startsOn = LegalHelpers.Today() });
        // Overdue: a certificate that ended last week.
        var expired = await app.OpenShelterCaseAsync("Expired");
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{expired}/legal/documents", new { type = "registration-certificate", issuedOn = LegalHelpers.Today(-100), validUntil = LegalHelpers.Today(-7) });
        // Not due: a period followed by a document far ahead, a card valid for a year, a closed case.
        var followed = await app.OpenShelterCaseAsync("Followed");
        await caseworker.PutAsJsonAsync($"/api/v1/cases/{followed}/legal/reflection-period", new { startsOn = LegalHelpers.Today(-60) });
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{followed}/legal/documents", new { type = "a-card", issuedOn = LegalHelpers.Today(), validUntil = LegalHelpers.Today(365) });
        var closed = await app.OpenShelterCaseAsync("Closed");
        await caseworker.PutAsJsonAsync($"/api/v1/cases/{closed}/legal/reflection-period", new { startsOn = LegalHelpers.Today() });
        // Closed the only way a case closes: the caseworker asks, a supervisor approves.
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{closed}/closure", new { reason = "returned-home" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.Supervisor)).PostAsync($"/api/v1/cases/{closed}/closure/approve", null)).StatusCode);

        var list = await (await caseworker.GetAsync("/api/v1/deadlines?withinDays=60")).JsonAsync();
        var mine = list.EnumerateArray().Where(d => new[] { reflecting, expired, followed, closed }.Contains(d.GetProperty("caseId").GetString())).ToList();
        Assert.Equal(2, mine.Count);
        var first = mine[0];
        Assert.Equal(expired, first.GetProperty("caseId").GetString());
        Assert.Equal("document-expires", first.GetProperty("kind").GetString());
        Assert.True(first.GetProperty("overdue").GetBoolean());
        Assert.Equal(reflecting, mine[1].GetProperty("caseId").GetString());
        Assert.Equal("reflection-period-ends", mine[1].GetProperty("kind").GetString());
        Assert.Equal(LegalHelpers.Today(44), mine[1].GetProperty("dueOn").GetString());

        // Within 30 days the period ending in 44 is not due yet; another agency sees none of the shelter's deadlines.
        var soon = await (await caseworker.GetAsync("/api/v1/deadlines?withinDays=30")).JsonAsync();
        Assert.DoesNotContain(soon.EnumerateArray(), d => d.GetProperty("caseId").GetString() == reflecting);
        var police = await (await (await app.ApiAsync(Roles.Police)).GetAsync("/api/v1/deadlines?withinDays=60")).JsonAsync();
        Assert.DoesNotContain(police.EnumerateArray(), d => d.GetProperty("caseId").GetString() == expired);
        var coordinator = await (await (await app.ApiAsync(Roles.Coordinator)).GetAsync("/api/v1/deadlines?withinDays=60")).JsonAsync();
        Assert.Contains(coordinator.EnumerateArray(), d => d.GetProperty("caseId").GetString() == expired);
    }

    [Fact]
    public async Task The_legal_page_shows_belgian_documents_and_the_note_that_support_does_not_depend_on_cooperation()
    {
        var caseId = await app.OpenShelterCaseAsync();
        var browser = app.NewClient();
        await browser.SignInAsync(Demo.Email(Roles.Caseworker));
        var recorded = await browser.SubmitAsync($"/Cases/Legal/{caseId}", [new("Cooperation.Kind", "statement"), new("Cooperation.On", "2026-03-05"), new("Cooperation.AuthorityName", "Auditorat du travail de Liège")],
            $"/Cases/Legal/{caseId}?handler=Cooperation");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await browser.GetPageAsync($"/Cases/Legal/{caseId}");
        Assert.Contains("id=\"support-does-not-depend\"", page);
        Assert.Contains("Auditorat du travail de Liège", page);
        Assert.Contains("value=\"a-card\"", page);
        Assert.Contains("value=\"reflection-and-first-assistance\"", page);
    }

    private static async Task<JsonElement> DocumentAsync(HttpClient client, string caseId, long documentId)
    {
        var track = await (await client.GetAsync($"/api/v1/cases/{caseId}/legal")).JsonAsync();
        return track.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetInt64() == documentId);
    }
}
