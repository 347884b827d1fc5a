using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Features.Programme;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Programme;

/// <summary>The programme API through real sign-in: who may do what, a training's tests, recommendations' follow-up, the import.</summary>
public sealed class ProgrammeApiTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await app.ScopedAsync(async sp => { await sp.GetRequiredService<DemoProgramme>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static TheoryData<string> AllRoles() => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Each_role_reaches_exactly_the_programme_data_it_may(string role)
    {
        var client = await app.ApiAsync(role);
        var reader = role is Roles.Programme or Roles.Viewer or Roles.Coordinator;
        var staff = role == Roles.Programme;
        var activities = await client.GetAsync("/api/v1/programme/activities");
        Assert.Equal(reader ? HttpStatusCode.OK : HttpStatusCode.Forbidden, activities.StatusCode);
        Assert.Equal(reader ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/programme/recommendations")).StatusCode);
        Assert.Equal(reader ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/programme/organisations")).StatusCode);
        Assert.Equal(staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/programme/participants")).StatusCode);
        var plan = await client.PostAsJsonAsync("/api/v1/programme/activities",
            new { kind = "awareness", title = "Campaign " + role, country = "JO", startsOn = "2026-01-10", endsOn = "2026-01-20" });
        Assert.Equal(staff ? HttpStatusCode.Created : HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(staff ? HttpStatusCode.Created : HttpStatusCode.Forbidden,
            (await client.PostAsJsonAsync("/api/v1/programme/organisations", new { name = "Org " + role, type = "academia", country = "LB" })).StatusCode);
        if (reader)
        {
            var list = await Json(activities);
            Assert.Equal(6, list.EnumerateArray().Select(a => a.GetProperty("kind").GetString()).Distinct().Count());
            var training = list.EnumerateArray().First(a => a.GetProperty("kind").GetString() == "training").GetProperty("id").GetString();
            var one = await Json(await client.GetAsync($"/api/v1/programme/activities/{training}"));
            // Readers see the training but not who ran it or how many took part.
            Assert.Equal(staff, one.GetProperty("responsiblePerson").ValueKind == JsonValueKind.String);
            Assert.Equal(staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/programme/activities/{training}/participants")).StatusCode);
            Assert.Equal(staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/programme/activities/{training}/knowledge-gain")).StatusCode);
        }
    }

    [Fact]
    public async Task A_programme_user_gets_no_case_person_or_referral_and_no_programme_endpoint_shows_a_case_person()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Kumudini", familyName = "Wijesekara", sex = "female", nationality = "LK" });
        var personId = (await Json(person)).GetProperty("id").GetString();
        var opened = await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId });
        var caseId = (await Json(opened)).GetProperty("id").GetString();

        var programme = await app.ApiAsync(Roles.Programme);
        foreach (var path in new[] { "/api/v1/cases", $"/api/v1/cases/{caseId}", "/api/v1/people", $"/api/v1/people/{personId}", "/api/v1/referrals" })
            Assert.True((await programme.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, path);

        var activities = await Json(await programme.GetAsync("/api/v1/programme/activities"));
        var paths = new List<string> { "/api/v1/programme", "/api/v1/programme/activities", "/api/v1/programme/recommendations", "/api/v1/programme/organisations", "/api/v1/programme/participants" };
        foreach (var a in activities.EnumerateArray().Select(a => a.GetProperty("id").GetString()))
            paths.AddRange([$"/api/v1/programme/activities/{a}", $"/api/v1/programme/activities/{a}/participants", $"/api/v1/programme/activities/{a}/assistance-figures", $"/api/v1/programme/activities/{a}/documents"]);
        foreach (var path in paths)
        {
            var body = await (await programme.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Wijesekara", body);
            Assert.DoesNotContain(personId!, body);
            Assert.DoesNotContain(caseId!, body);
        }
        var assistance = activities.EnumerateArray().First(a => a.GetProperty("kind").GetString() == "victim-assistance").GetProperty("id").GetString();
        var figures = await Json(await programme.GetAsync($"/api/v1/programme/activities/{assistance}/assistance-figures"));
        Assert.True(figures.GetProperty("available").GetBoolean());
        // One person with no service in this node: every count is under five, so none is shown.
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("peopleAssisted").GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task A_training_records_scores_and_attendance_and_computes_the_knowledge_gain()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var org = await Json(await client.PostAsJsonAsync("/api/v1/programme/organisations", new { name = "Ministry of Interior (test)", type = "government", country = "IQ" }));
        var ngo = await Json(await client.PostAsJsonAsync("/api/v1/programme/organisations", new { name = "Women's union (test)", type = "civil-society", country = "JO" }));
        var people = new List<string>();
        foreach (var (name, sex, o) in new[] { ("Ali Test", "male", org), ("Sara Test", "female", org), ("Mona Test", "female", ngo) })
        {
            var added = await client.PostAsJsonAsync("/api/v1/programme/participants",
                new { name, sex, organisationId = o.GetProperty("id").GetString(), country = "IQ", email = name.Replace(' ', '.') + "@test.local", consentsToContact = true, consentRecordedOn = "2026-01-05" });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            people.Add((await Json(added)).GetProperty("id").GetString()!);
        }
        var training = await Json(await client.PostAsJsonAsync("/api/v1/programme/activities",
            new { kind = "training", title = "Test training", country = "IQ", startsOn = "2026-03-01", endsOn = "2026-03-02", description = "Curriculum" }));
        var id = training.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/programme/activities/{id}/participants", people)).StatusCode);
        var session = await client.PostAsJsonAsync($"/api/v1/programme/activities/{id}/sessions", new { heldOn = "2026-03-01", topic = "Indicators", trainers = "A prosecutor" });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var outside = await client.PostAsJsonAsync($"/api/v1/programme/activities/{id}/sessions", new { heldOn = "2026-04-01", topic = "Late" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        var sessionId = (await Json(session)).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/programme/activities/{id}/sessions/{sessionId}/attendance", new { present = people.Take(2) })).StatusCode);

        var badScore = await client.PutAsJsonAsync($"/api/v1/programme/activities/{id}/scores", new[] { new { participantId = people[0], preTestScore = 40m, postTestScore = 120m } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badScore.StatusCode);
        var scores = new[]
        {
            new { participantId = people[0], preTestScore = 40m, postTestScore = 70m },
            new { participantId = people[1], preTestScore = 50m, postTestScore = 65m },
            new { participantId = people[2], preTestScore = 60m, postTestScore = 55m },
        };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/programme/activities/{id}/scores", scores)).StatusCode);
        var gain = await Json(await client.GetAsync($"/api/v1/programme/activities/{id}/knowledge-gain"));
        Assert.Equal(3, gain.GetProperty("tested").GetInt32());
        Assert.Equal(13.3m, gain.GetProperty("meanGain").GetDecimal()); // (30 + 15 − 5) / 3
        var bySex = gain.GetProperty("bySex").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!, g => g.GetProperty("meanGain").GetDecimal());
        Assert.Equal(5.0m, bySex["female"]); // (15 − 5) / 2
        Assert.Equal(30.0m, bySex["male"]);

        var participation = await Json(await client.GetAsync($"/api/v1/programme/participants/{people[2]}/participation"));
        var row = participation.EnumerateArray().Single();
        Assert.Equal(0, row.GetProperty("sessionsPresent").GetInt32());
        Assert.Equal(1, row.GetProperty("sessions").GetInt32());

        var stale = await client.PatchAsJsonAsync($"/api/v1/programme/activities/{id}", new { status = "completed", version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var patched = await client.PatchAsJsonAsync($"/api/v1/programme/activities/{id}", new { status = "completed", outputs = "3 officials trained", version = training.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var changed = await Json(patched);
        Assert.Equal("completed", changed.GetProperty("status").GetString());
        var early = await client.PatchAsJsonAsync($"/api/v1/programme/activities/{id}", new { startsOn = "2020-01-01", version = changed.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
    }

    [Fact]
    public async Task Recommendations_are_followed_up_with_their_history_and_found_when_overdue()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var dialogue = (await Json(await client.GetAsync("/api/v1/programme/activities?kind=regional-dialogue"))).EnumerateArray().First().GetProperty("id").GetString();
        var issued = await client.PostAsJsonAsync($"/api/v1/programme/activities/{dialogue}/recommendations", new
        {
            textEnglish = "Create a hotline.", textFrench = "Créer une ligne d'urgence.", textArabic = "إنشاء خط ساخن.",
            addresseeCountry = "LB", addresseeInstitution = "Ministry of Labour", priority = "high", dueOn = "2025-12-31",
        });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var r = await Json(issued);
        var id = r.GetProperty("id").GetString();
        Assert.True(r.GetProperty("overdue").GetBoolean());
        var overdue = await Json(await client.GetAsync("/api/v1/programme/recommendations?country=LB&overdue=true"));
        Assert.Contains(overdue.EnumerateArray(), x => x.GetProperty("id").GetString() == id);

        var noEvidence = await client.PutAsJsonAsync($"/api/v1/programme/recommendations/{id}", new
        {
            textEnglish = "Create a hotline.", addresseeCountry = "LB", addresseeInstitution = "Ministry of Labour", priority = "high", dueOn = "2025-12-31", status = "implemented", version = 0,
        });
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        var done = await client.PutAsJsonAsync($"/api/v1/programme/recommendations/{id}", new
        {
            textEnglish = "Create a hotline.", textFrench = "Créer une ligne d'urgence.", textArabic = "إنشاء خط ساخن.", addresseeCountry = "LB", addresseeInstitution = "Ministry of Labour",
            priority = "high", dueOn = "2025-12-31", status = "implemented", evidence = "Hotline 1740 opened", version = 0,
        });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.False((await Json(done)).GetProperty("overdue").GetBoolean());
        var stale = await client.PutAsJsonAsync($"/api/v1/programme/recommendations/{id}", new
        {
            textEnglish = "Changed.", addresseeCountry = "LB", addresseeInstitution = "Ministry of Labour", priority = "low", status = "open", version = 0,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var history = await Json(await client.GetAsync($"/api/v1/programme/recommendations/{id}/history"));
        var fields = history.EnumerateArray().Select(h => h.GetProperty("field").GetString()).ToList();
        Assert.Equal(["issued", "status", "evidence"], fields);
        var status = history.EnumerateArray().Single(h => h.GetProperty("field").GetString() == "status");
        Assert.Equal("open", status.GetProperty("from").GetString());
        Assert.Equal("implemented", status.GetProperty("to").GetString());

        var viewer = await app.ApiAsync(Roles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/programme/recommendations/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/programme/recommendations/{id}", new { textEnglish = "x", addresseeCountry = "LB", addresseeInstitution = "x", version = 1 })).StatusCode);
    }

    private static MultipartFormDataContent File(string name, byte[] content) => new() { { new ByteArrayContent(content), "file", name } };

    [Fact]
    public async Task An_import_with_errors_reports_them_by_line_and_imports_nothing()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var before = (await Json(await client.GetAsync("/api/v1/programme/participants"))).GetArrayLength();
        var csv = "name,sex,organisation,country,email,consent,consent_date\n"
            + "Nadia Import,female,Jordanian Women's Union,JO,nadia@test.local,yes,2026-02-01\n"
            + "Walid Import,male,Unknown Ministry,JO,,no,\n"
            + "Hind Import,female,Jordanian Women's Union,JO,,yes,01/02/2026\n";
        var response = await client.PostAsync("/api/v1/programme/participants/import?commit=true", File("people.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "organisation"), (4, "consent_date")], errors);
        Assert.Equal(before, (await Json(await client.GetAsync("/api/v1/programme/participants"))).GetArrayLength());

        var wrongColumns = await client.PostAsync("/api/v1/programme/participants/import", File("people.csv", Encoding.UTF8.GetBytes("nom,sexe\nA,f\n")));
        var problems = (await Json(wrongColumns)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("line").GetInt32() == 1 && p.GetProperty("column").GetString() == "nom");
        Assert.Contains(problems, p => p.GetProperty("column").GetString() == "organisation");
    }

    [Fact]
    public async Task A_clean_xlsx_previews_with_duplicate_warnings_then_imports_every_row()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var xlsx = Spreadsheet.Of(
            ["name", "sex", "organisation", "country", "email", "position"],
            ["Rania Haddad", "female", "Ministry of Labour of Jordan", "JO", "", "Inspector"],
            ["Basma Xlsx", "female", "Frontex", "PL", "basma@test.local", "Analyst"],
            ["Basma Xlsx", "female", "Frontex", "PL", "basma@test.local", "Analyst"]);
        var preview = await Json(await client.PostAsync("/api/v1/programme/participants/import", File("people.xlsx", xlsx)));
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, preview.GetProperty("rows").GetArrayLength());
        var warned = preview.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("line").GetInt32()).Distinct().Order().ToList();
        Assert.Equal([2, 4], warned); // line 2: already registered by the demo; line 4: same as line 3
        var imported = await client.PostAsync("/api/v1/programme/participants/import?commit=true", File("people.xlsx", xlsx));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(3, (await Json(imported)).GetProperty("imported").GetInt32());
        var found = await Json(await client.GetAsync("/api/v1/programme/participants?search=Basma"));
        Assert.Equal(2, found.GetArrayLength());
        Assert.Equal("basma@test.local", found[0].GetProperty("email").GetString());
    }

    [Fact]
    public async Task Documents_are_checked_by_content_and_read_back_by_staff_only()
    {
        var client = await app.ApiAsync(Roles.Programme);
        var id = (await Json(await client.GetAsync("/api/v1/programme/activities?kind=study-visit"))).EnumerateArray().First().GetProperty("id").GetString();
        var fake = await client.PostAsync($"/api/v1/programme/activities/{id}/documents", File("report.pdf", Encoding.UTF8.GetBytes("MZ not a pdf")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% visit report\n");
        var added = await client.PostAsync($"/api/v1/programme/activities/{id}/documents", File("visit-report.pdf", pdf));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var docId = (await Json(added)).GetProperty("id").GetInt64();
        var back = await client.GetAsync($"/api/v1/programme/activities/{id}/documents/{docId}");
        Assert.Equal(pdf, await back.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", back.Content.Headers.ContentType?.MediaType);
        var viewer = await app.ApiAsync(Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/programme/activities/{id}/documents/{docId}")).StatusCode);
    }
}

/// <summary>The programme pages in the browser's way: staff reach every one; a viewer reads the published ones only.</summary>
public sealed class ProgrammePageTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await app.ScopedAsync(async sp => { await sp.GetRequiredService<DemoProgramme>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Staff_see_every_programme_page_with_the_demo_data_and_a_viewer_only_the_published_ones()
    {
        var staff = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var index = await staff.GetPageAsync("/Programme");
        Assert.Contains("Regional dialogue on protection frameworks, Dead Sea", index);
        var training = System.Text.RegularExpressions.Regex.Match(index, "/Programme/Activity\\?id=([0-9a-f-]+)\">Identifying and referring").Groups[1].Value;
        var page = await staff.GetPageAsync($"/Programme/Activity?id={training}");
        Assert.Contains("id=\"knowledge-gain\"", page);
        Assert.Contains("Rania Haddad", page);
        foreach (var path in new[] { "/Programme/Recommendations?overdue=true", "/Programme/Organisations", "/Programme/Participants", "/Programme/Import", "/Programme/Settings", "/Programme/EditActivity" })
            await staff.GetPageAsync(path);
        var saved = await staff.SubmitAsync("/Programme/Organisations", ("Input.Name", "Kuwait Society for Human Rights"), ("Input.Type", "civil-society"), ("Input.Country", "KW"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var viewer = await app.SignedInAsync(Demo.Email(Roles.Viewer));
        var seen = await viewer.GetPageAsync($"/Programme/Activity?id={training}");
        Assert.DoesNotContain("Rania Haddad", seen);
        Assert.DoesNotContain("knowledge-gain", seen);
        await viewer.GetPageAsync("/Programme/Recommendations");
        var denied = await viewer.GetAsync("/Programme/Participants");
        Assert.Equal("/Account/AccessDenied", denied.Headers.Location?.AbsolutePath);
    }
}
