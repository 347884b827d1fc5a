using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Programmes;
using Sanad.Features.Programme;
using Sanad.Tests.Features.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Programme;

/// <summary>
/// Programme staff at work through the pages, as a browser without JavaScript: run a training (enrol,
/// register and enrol, attendance, scores), edit participants, organisations and studies; bad input and
/// stale versions are refused with a message and nothing is saved.
/// </summary>
public sealed partial class ProgrammeFormTests(SanadApp app) : IClassFixture<SanadApp>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await app.ScopedAsync(async sp => { await sp.GetRequiredService<DemoProgramme>().SeedAsync(); return 0; });

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex("""<a href="/Programme/Participant\?id=([0-9a-f-]{36})">([^<]+)</a><input type="hidden" name="Scores\[(\d+)\]\.ParticipantId""")]
    private static partial Regex EnrolledRow();

    [GeneratedRegex("""/Programme/Attendance\?id=[0-9a-f-]{36}&amp;session=([0-9a-f-]{36})""")]
    private static partial Regex AttendanceLink();

    private static string IdIn(HttpResponseMessage redirect) =>
        Regex.Match(redirect.Headers.Location!.OriginalString, "id=([0-9a-f-]{36})").Groups[1].Value;

    private static string OptionFor(string page, string text) =>
        Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>" + Regex.Escape(text)).Groups[1].Value;

    private Task<List<Enrolment>> EnrolmentsAsync(string activity) =>
        app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Enrolments.AsNoTracking().Where(e => e.ActivityId == new ActivityId(Guid.Parse(activity))).ToListAsync());

    [Fact]
    public async Task A_training_is_run_through_the_pages_from_enrolment_to_knowledge_gain()
    {
        var staff = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var planned = await staff.SubmitAsync("/Programme/EditActivity", ("Input.Kind", "training"), ("Input.Title", "Page-run training"), ("Input.Country", "JO"),
            ("Input.StartsOn", "2026-05-03"), ("Input.EndsOn", "2026-05-04"), ("Input.Status", "ongoing"), ("Input.Description", "Indicators of trafficking"));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var id = IdIn(planned);
        var activity = $"/Programme/Activity?id={id}";
        var session = await staff.SubmitAsync(activity, [new("Session.HeldOn", "2026-05-03"), new("Session.Topic", "Indicators")], activity + "&handler=Session");
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);

        // Enrol from the directory: nothing chosen is refused; Rania Haddad is picked from the list.
        var nobody = await staff.SubmitAsync(activity, [], activity + "&handler=Enrol");
        Assert.Contains("Choose the participants to enrol.", await nobody.Content.ReadAsStringAsync());
        var page = await staff.GetPageAsync(activity);
        var rania = OptionFor(page, "Rania Haddad");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(activity, [new("ToEnrol", rania)], activity + "&handler=Enrol")).StatusCode);
        Assert.DoesNotContain($"<option value=\"{rania}\"", await staff.GetPageAsync(activity));

        // Someone not in the directory: a half-filled form registers no one; a complete one registers and enrols.
        var register = $"/Programme/Participant?activity={id}";
        var organisation = OptionFor(await staff.GetPageAsync(register), "Ministry of Labour of Jordan");
        var refused = await staff.SubmitAsync(register, ("Input.Name", ""), ("Input.Sex", "male"), ("Input.OrganisationId", organisation), ("Input.Country", "JO"),
            ("Input.ConsentsToContact", "true"));
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The Full name field is required.", refusal);
        Assert.Contains("Give the day the participant agreed to be contacted.", refusal);
        Assert.Single(await EnrolmentsAsync(id));
        var registered = await staff.SubmitAsync(register, ("Input.Name", "Bilal Pageform"), ("Input.Sex", "male"), ("Input.OrganisationId", organisation),
            ("Input.Country", "JO"), ("Input.Email", "bilal@test.local"), ("Input.ConsentsToContact", "true"), ("Input.ConsentRecordedOn", "2026-05-03"));
        Assert.Equal(activity, registered.Headers.Location?.OriginalString);

        page = await staff.GetPageAsync(activity);
        var rows = EnrolledRow().Matches(page).ToDictionary(m => m.Groups[2].Value, m => (Id: m.Groups[1].Value, Row: m.Groups[3].Value));
        Assert.Equal(["Bilal Pageform", "Rania Haddad"], rows.Keys.Order());
        var bilal = rows["Bilal Pageform"].Id;
        var sessionId = AttendanceLink().Match(page).Groups[1].Value;

        // Attendance: Rania ticked, Bilal not.
        var attendance = $"/Programme/Attendance?id={id}&session={sessionId}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(attendance, ("Present", rania))).StatusCode);
        var sheet = await staff.GetPageAsync(attendance);
        Assert.Contains($"value=\"{rania}\" id=\"present-{rania}\" checked=\"checked\"", sheet);
        Assert.Contains($"value=\"{bilal}\" id=\"present-{bilal}\" />", sheet);

        // Scores: one unreadable score and none is saved, the field named; then both, a comma as decimal separator.
        string R(string name) => rows[name].Row;
        var bad = await staff.SubmitAsync(activity, [
            new($"Scores[{R("Rania Haddad")}].ParticipantId", rania), new($"Scores[{R("Rania Haddad")}].PreTestScore", "forty"), new($"Scores[{R("Rania Haddad")}].PostTestScore", "70"),
            new($"Scores[{R("Bilal Pageform")}].ParticipantId", bilal), new($"Scores[{R("Bilal Pageform")}].PreTestScore", "50"), new($"Scores[{R("Bilal Pageform")}].PostTestScore", "65"),
        ], activity + "&handler=Scores");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("The Pre-test score of Rania Haddad must be a number from 0 to 100.", await bad.Content.ReadAsStringAsync());
        Assert.All(await EnrolmentsAsync(id), e => Assert.Null(e.PostTestScore));
        var saved = await staff.SubmitAsync(activity, [
            new($"Scores[{R("Rania Haddad")}].ParticipantId", rania), new($"Scores[{R("Rania Haddad")}].PreTestScore", "40"), new($"Scores[{R("Rania Haddad")}].PostTestScore", "70"),
            new($"Scores[{R("Bilal Pageform")}].ParticipantId", bilal), new($"Scores[{R("Bilal Pageform")}].PreTestScore", "50,5"), new($"Scores[{R("Bilal Pageform")}].PostTestScore", "65"),
        ], activity + "&handler=Scores");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(50.5m, (await EnrolmentsAsync(id)).Single(e => e.ParticipantId.Value == Guid.Parse(bilal)).PreTestScore);
        page = await staff.GetPageAsync(activity);
        // Gains 30 and 14.5: mean 22.25, shown as 22.3; means before (40 + 50.5) / 2 = 45.25 → 45.3 and after 67.5.
        Assert.Contains("2 of 2 participants tested: mean score 45.3 before, 67.5 after, a gain of 22.3 points.", page);
        Assert.Contains("name=\"Scores[1].PreTestScore\" value=\"50.5\"", page.Replace($"Scores[{R("Bilal Pageform")}]", "Scores[1]"));

        // Their participation across events.
        var raniaPage = await staff.GetPageAsync($"/Programme/Participant?id={rania}");
        Assert.Matches("Page-run training</a></td><td>[^<]+</td><td>[^<]+</td>\\s*<td>1 / 1</td><td>40</td><td>70</td>", raniaPage);
        Assert.Contains("Identifying and referring", raniaPage); // the demo training she took part in
        Assert.Matches("Page-run training</a></td><td>[^<]+</td><td>[^<]+</td>\\s*<td>0 / 1</td><td>50.5</td><td>65</td>", await staff.GetPageAsync($"/Programme/Participant?id={bilal}"));
    }

    [Fact]
    public async Task A_participant_is_edited_with_consent_and_its_date_and_a_stale_version_is_refused()
    {
        var staff = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var organisation = OptionFor(await staff.GetPageAsync("/Programme/Participant"), "Frontex");
        var registered = await staff.SubmitAsync("/Programme/Participant", ("Input.Name", "Agnieszka Formtest"), ("Input.Sex", "female"),
            ("Input.OrganisationId", organisation), ("Input.Country", "PL"), ("Input.Position", "Analyst"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var path = $"/Programme/Participant?id={IdIn(registered)}";
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Agnieszka Formtest", ["Input.Sex"] = "female", ["Input.OrganisationId"] = organisation, ["Input.Country"] = "PL",
            ["Input.Position"] = "Senior analyst", ["Input.ConsentsToContact"] = "true", ["Input.Version"] = "0",
        };
        var noDate = await staff.SubmitAsync(path, fields);
        Assert.Contains("Give the day the participant agreed to be contacted.", await noDate.Content.ReadAsStringAsync());

        fields["Input.ConsentRecordedOn"] = "2026-02-14";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(path, fields)).StatusCode);
        var page = await staff.GetPageAsync(path);
        Assert.Contains("value=\"Senior analyst\"", page);
        Assert.Contains("value=\"2026-02-14\"", page);
        Assert.Matches("id=\"Input_ConsentsToContact\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*id=\"Input_ConsentsToContact\"", page);

        // Someone else saved in between: the form with the old version is refused and the change is not kept.
        fields["Input.Position"] = "Overwritten";
        var stale = await staff.SubmitAsync(path, fields);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record since you opened it.", await stale.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Overwritten", await staff.GetPageAsync(path));

        // In French, a bad country is named in French and nothing is saved.
        var french = await app.SignedInAsync(Demo.Email(Roles.Programme));
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        fields["Input.Country"] = "Pologne";
        fields["Input.Version"] = "1";
        var badCountry = await french.SubmitAsync(path, fields);
        Assert.Contains("Indiquez le pays par son code ISO 3166 à deux lettres", WebUtility.HtmlDecode(await badCountry.Content.ReadAsStringAsync()));
        Assert.Contains("value=\"PL\"", await staff.GetPageAsync(path));
    }

    [Fact]
    public async Task An_organisation_is_edited_from_the_version_read_and_bad_input_changes_nothing()
    {
        var staff = await app.SignedInAsync(Demo.Email(Roles.Programme));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/Programme/Organisations", ("Input.Name", "Lebanese University"), ("Input.Type", "academia"), ("Input.Country", "LB"))).StatusCode);
        var id = Regex.Match(await staff.GetPageAsync("/Programme/Organisations"), "/Programme/Organisation\\?id=([0-9a-f-]{36})\">Lebanese University<").Groups[1].Value;
        var path = $"/Programme/Organisation?id={id}";

        var badCountry = await staff.SubmitAsync(path, ("Input.Name", "Lebanese University, Faculty of Law"), ("Input.Type", "academia"), ("Input.Country", "Lebanon"), ("Input.Version", "0"));
        Assert.Contains("Give the country as a two-letter ISO 3166 code, such as JO or BE.", await badCountry.Content.ReadAsStringAsync());
        var taken = await staff.SubmitAsync(path, ("Input.Name", "Ministry of Labour of Lebanon"), ("Input.Type", "government"), ("Input.Country", "LB"), ("Input.Version", "0"));
        Assert.Contains("An organisation of that name is already in the directory for that country.", await taken.Content.ReadAsStringAsync());

        var saved = await staff.SubmitAsync(path, ("Input.Name", "Lebanese University, Faculty of Law"), ("Input.Type", "academia"), ("Input.Country", "LB"), ("Input.Version", "0"));
        Assert.Equal("/Programme/Organisations", saved.Headers.Location?.OriginalString);
        var stale = await staff.SubmitAsync(path, ("Input.Name", "Stale name"), ("Input.Type", "academia"), ("Input.Country", "LB"), ("Input.Version", "0"));
        Assert.Contains("Someone else changed this record since you opened it.", await stale.Content.ReadAsStringAsync());
        var list = await staff.GetPageAsync("/Programme/Organisations");
        Assert.Contains("Lebanese University, Faculty of Law", list);
        Assert.DoesNotContain("Stale name", list);

        // The staff pages are closed to readers: no participant, attendance or directory edit for a viewer or a coordinator.
        foreach (var role in new[] { Roles.Viewer, Roles.Coordinator })
        {
            var reader = await app.SignedInAsync(Demo.Email(role));
            foreach (var closed in new[] { path, "/Programme/Participant", $"/Programme/Attendance?id={Guid.Empty}&session={Guid.Empty}" })
                Assert.Equal("/Account/AccessDenied", (await reader.GetAsync(closed)).Headers.Location?.AbsolutePath);
        }
    }

    [Fact]
    public async Task Studies_of_a_research_activity_are_edited_on_the_activity_form()
    {
        var api = await app.ApiAsync(Roles.Programme);
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/programme/activities?kind=research")).EnumerateArray().First().GetProperty("id").GetString();
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/programme/activities/{id}");
        var studies = before.GetProperty("profile").GetProperty("studies").EnumerateArray().ToList();
        Assert.NotEmpty(studies);
        var kept = studies[0];

        List<KeyValuePair<string, string>> Form(string release)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Input.Title", before.GetProperty("title").GetString()!), new("Input.Country", before.GetProperty("country").GetString()!),
                new("Input.StartsOn", before.GetProperty("startsOn").GetString()!), new("Input.EndsOn", before.GetProperty("endsOn").GetString()!),
                new("Input.Status", before.GetProperty("status").GetString()!), new("Input.Version", before.GetProperty("version").GetInt32().ToString()),
                new("Studies[0].Id", kept.GetProperty("id").GetString()!), new("Studies[0].Title", kept.GetProperty("title").GetString()!),
                new("Studies[0].Status", "published"),
                new("Studies[1].Title", "Recruitment fees paid by migrant workers"), new("Studies[1].Status", "in-progress"), new("Studies[1].ReleaseId", release),
                new("Studies[2].Title", ""), new("Studies[2].Status", "planned"),
            };
            fields.AddRange(before.GetProperty("partners").EnumerateArray().Select(p => new KeyValuePair<string, string>("Input.Partners", p.GetProperty("id").GetString()!)));
            return fields;
        }

        var staff = await app.SignedInAsync(Demo.Email(Roles.Programme));
        var edit = $"/Programme/EditActivity?id={id}";
        Assert.Contains("id=\"studies\"", await staff.GetPageAsync(edit));
        var refused = await staff.SubmitAsync(edit, Form("release-7"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The research release of study 2 is not a valid id.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before.GetProperty("version").GetInt32(), (await api.GetFromJsonAsync<JsonElement>($"/api/v1/programme/activities/{id}")).GetProperty("version").GetInt32());

        // A study links to what the Research module published: a release still waiting for approval is refused.
        var researcher = await app.ApiAsync(Roles.Researcher);
        var prepared = await (await researcher.PrepareAsync(new { datasetId = await researcher.ImportedIdAsync(), kind = "k-anonymised-microdata", k = 11 })).JsonAsync();
        var release = prepared.GetProperty("id").GetString()!;
        var draft = await staff.SubmitAsync(edit, Form(release));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("A study&#x27;s research release must be one the coordinator has approved.", await draft.Content.ReadAsStringAsync());
        var approved = await (await app.ApiAsync(Roles.Coordinator)).PostAsJsonAsync($"/api/v1/research/releases/{release}/approve", new { version = prepared.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(edit, Form(release))).StatusCode);
        var after = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/programme/activities/{id}")).GetProperty("profile").GetProperty("studies").EnumerateArray().ToList();
        Assert.Equal(2, after.Count);
        Assert.Equal(kept.GetProperty("id").GetString(), after[0].GetProperty("id").GetString());
        Assert.Equal("published", after[0].GetProperty("status").GetString());
        Assert.Equal(release, after[1].GetProperty("releaseId").GetString());
        var page = await staff.GetPageAsync($"/Programme/Activity?id={id}");
        Assert.Contains("Recruitment fees paid by migrant workers", page);
        Assert.Contains($"/api/v1/releases/{release}/download", page);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/releases/{release}/download")).StatusCode);
    }
}
