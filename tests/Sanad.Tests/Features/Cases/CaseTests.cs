using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Cases;

public sealed class CaseTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static async Task<string> PersonAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/people", new { givenName = "Marites", familyName = "Santos", sex = "female", nationality = "PH" });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> OpenAsync(HttpClient client, string personId)
    {
        var response = await client.PostAsJsonAsync("/api/v1/cases", new { personId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Cases_get_consecutive_references_of_the_node_country_and_year()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var person = await PersonAsync(caseworker);
        var first = (await OpenAsync(caseworker, person)).GetProperty("reference").GetString()!;
        var second = (await OpenAsync(caseworker, person)).GetProperty("reference").GetString()!;
        Assert.Matches(@"^JO-\d{4}-\d{5}$", first);
        Assert.Equal(int.Parse(first[^5..]) + 1, int.Parse(second[^5..]));
    }

    [Fact]
    public async Task A_change_is_kept_in_the_history_and_a_stale_version_is_refused()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var opened = await OpenAsync(caseworker, await PersonAsync(caseworker));
        var id = opened.GetProperty("id").GetString();
        var read = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        var version = read.GetProperty("version").GetInt32();

        var change = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{id}", new
        {
            version, traffickingStatus = "possible", traffickingStatusDecidedBy = "ngo",
            methodsOfControl = new[] { "WithholdsDocuments", "ExcessiveWorkingHours" }, labourExploitation = new[] { "DomesticWork" },
            labourIndustries = new[] { "T_ActivitiesOfHouseholdsAsEmployers" },
        });
        Assert.True(change.StatusCode == HttpStatusCode.OK, await change.Content.ReadAsStringAsync());

        // A colleague who read the case before that change cannot overwrite it.
        var stale = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, status = "follow-up" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this case", await stale.Content.ReadAsStringAsync());

        var after = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("active", after.GetProperty("status").GetString());
        Assert.Equal("possible", after.GetProperty("traffickingStatus").GetString());
        Assert.Equal(["ExcessiveWorkingHours", "WithholdsDocuments"], after.GetProperty("methodsOfControl").EnumerateArray().Select(e => e.GetString()));
        var history = after.GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("field").GetString() == "traffickingStatus" && h.GetProperty("to").GetString() == "possible");
        Assert.All(history, h => Assert.True(h.TryGetProperty("userId", out _)));
    }

    [Fact]
    public async Task Unknown_codes_are_refused_with_the_field_named()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        var response = await caseworker.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version = 0, methodsOfControl = new[] { "Magic" }, status = "paused" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Magic", errors.GetProperty("methodsOfControl")[0].GetString());
        Assert.True(errors.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Cases_are_walled_by_agency_and_every_view_is_audited()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).PatchAsJsonAsync($"/api/v1/cases/{id}", new { version = 0, status = "follow-up" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.Supervisor)).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Admin)).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        var police = await (await app.ApiAsync(Roles.Police)).GetFromJsonAsync<JsonElement>("/api/v1/cases");
        Assert.DoesNotContain(police.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        // A person of another agency cannot get a case opened on her.
        var otherPerson = await PersonAsync(await app.ApiAsync(Roles.Inspector));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await caseworker.PostAsJsonAsync("/api/v1/cases", new { personId = otherPerson })).StatusCode);

        var audit = await (await app.ApiAsync(Roles.Admin)).GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=case.viewed&targetId={id}");
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cases_are_found_by_reference_status_and_nationality()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var opened = await OpenAsync(caseworker, await PersonAsync(caseworker));
        var reference = opened.GetProperty("reference").GetString()!;
        var byReference = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases?reference={reference.ToLowerInvariant()}");
        Assert.Equal(reference, byReference.GetProperty("items")[0].GetProperty("reference").GetString());
        var byNationality = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/cases?nationality=PH&status=active");
        Assert.All(byNationality.GetProperty("items").EnumerateArray(), c => Assert.Equal("PH", c.GetProperty("nationality").GetString()));
        Assert.True(byNationality.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task An_identification_decision_sets_the_trafficking_status_and_keeps_its_history()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        var presumed = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/identification",
            new { outcome = "presumed", authority = "ngo", decidedOn = "2026-11-01", basis = "Passport held by the employer; unpaid for 8 months." });
        Assert.Equal(HttpStatusCode.Created, presumed.StatusCode);
        var formal = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/identification",
            new { outcome = "formally-identified", authority = "police", decidedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.Created, formal.StatusCode);

        var decisions = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/identification");
        Assert.Equal(["formally-identified", "presumed"], decisions.EnumerateArray().Select(d => d.GetProperty("outcome").GetString()));
        Assert.Equal("Passport held by the employer; unpaid for 8 months.", decisions[1].GetProperty("basis").GetString());
        var after = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.Equal("actual", after.GetProperty("traffickingStatus").GetString());
        Assert.Equal("police", after.GetProperty("traffickingStatusDecidedBy").GetString());

        var bad = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/identification", new { outcome = "victim", authority = "mayor", decidedOn = "2999-01-01" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "outcome", "authority", "decidedOn" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).PostAsJsonAsync($"/api/v1/cases/{id}/identification",
            new { outcome = "presumed", authority = "police", decidedOn = "2026-11-01" })).StatusCode);
    }

    [Fact]
    public async Task A_caseworker_opens_a_case_from_the_person_page_and_records_a_decision_in_french()
    {
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var person = await PersonAsync(await app.ApiAsync(Roles.Caseworker));
        var opened = await browser.SubmitAsync($"/People/Details/{person}", new Dictionary<string, string>(), $"/People/Details/{person}?handler=OpenCase");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var casePage = opened.Headers.Location!.OriginalString;
        Assert.StartsWith("/Cases/Details/", casePage);

        var missing = await browser.SubmitAsync(casePage, new Dictionary<string, string> { ["Decision.Outcome"] = "presumed", ["Decision.Authority"] = "ngo", ["Decision.DecidedOn"] = "" }, casePage + "?handler=Decision");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("obligatoire", await missing.Content.ReadAsStringAsync());

        var recorded = await browser.SubmitAsync(casePage, new Dictionary<string, string> { ["Decision.Outcome"] = "presumed", ["Decision.Authority"] = "ngo", ["Decision.DecidedOn"] = "2026-11-02" }, casePage + "?handler=Decision");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await browser.GetPageAsync(casePage);
        Assert.Contains("Victime présumée", page);
        Assert.Contains("Victime possible (ONG)", page);
        Assert.Contains("<html lang=\"fr\"", page);
    }

    [Fact]
    public async Task Screening_a_case_stores_the_explained_result_and_fills_its_methods_of_control()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        caseworker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var indicators = new[] { "dr.job_nature", "dr.conditions", "dr.contract", "ex.hours", "ex.living", "ex.hazardous", "ex.pay", "cd.documents", "cd.debt", "cd.isolation", "cd.violence" };
        var response = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/screenings", new { profile = "adult-labour", indicators, language = "am", interpreterUsed = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result");
        Assert.Equal("presumed-victim", result.GetProperty("outcome").GetString());
        Assert.Contains("juridique", result.GetProperty("notice").GetString());

        var after = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        var control = after.GetProperty("methodsOfControl").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("WithholdsDocuments", control);
        Assert.Contains("DebtBondage", control);
        Assert.Contains(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("field").GetString() == "screening");

        var screenings = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/screenings");
        Assert.Equal("am", screenings[0].GetProperty("language").GetString());
        Assert.True(screenings[0].GetProperty("interpreterUsed").GetBoolean());
        Assert.Equal(indicators.Order(), screenings[0].GetProperty("indicators").EnumerateArray().Select(e => e.GetString()).Order());

        var unknown = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/screenings", new { profile = "adult-labour", indicators = new[] { "dr.nope" }, language = "am" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("dr.nope", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).PostAsJsonAsync($"/api/v1/cases/{id}/screenings",
            new { profile = "adult-labour", indicators, language = "am" })).StatusCode);
    }

    [Fact]
    public async Task Cases_are_found_by_the_persons_name_in_another_script_but_only_in_the_callers_agency()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var created = await caseworker.PostAsJsonAsync("/api/v1/people", new { givenName = "Khadija", familyName = "Mansour", sex = "female", nationality = "SY" });
        var person = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var reference = (await OpenAsync(caseworker, person)).GetProperty("reference").GetString();
        var found = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases?name={Uri.EscapeDataString("خديجة منصور")}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), c => c.GetProperty("reference").GetString() == reference);
        var police = await (await app.ApiAsync(Roles.Police)).GetFromJsonAsync<JsonElement>($"/api/v1/cases?name=Khadija%20Mansour");
        Assert.Equal(0, police.GetProperty("total").GetInt32());
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        Assert.Contains(reference!, await browser.GetPageAsync("/Cases?name=Khadidja+Mansur"));
    }

    [Fact]
    public async Task Notes_are_sealed_and_only_the_owning_agencys_case_roles_read_them()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        const string testimony = "She was locked in the flat for months by her sponsor.";
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = testimony })).StatusCode);
        var notes = await (await app.ApiAsync(Roles.Supervisor)).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/notes");
        Assert.Equal(testimony, notes[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/cases/{id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/cases/{id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = new string('x', 10_001) })).StatusCode);
        var stored = await app.ScopedAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<Sanad.Data.SanadDb>().CaseNotes.Select(n => n.SealedText)));
        Assert.All(stored, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf("locked"u8)));
    }

    [Fact]
    public async Task Trafficking_events_keep_the_palermo_elements_and_seal_the_description()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        var added = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/events", new
        {
            type = "recruitment", country = "PH", city = "Manila", date = "2024-02-01",
            acts = new[] { "recruitment" }, means = new[] { "deception", "fraud" }, purposes = new[] { "forced-labour" },
            description = "Agency promised a nanny job with a salary of 400 USD.",
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/events", new { type = "exploitation", country = "JO", date = "2024-03-10", purposes = new[] { "forced-labour" } });
        var events = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/events");
        Assert.Equal(["recruitment", "exploitation"], events.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(["deception", "fraud"], events[0].GetProperty("means").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Agency promised a nanny job with a salary of 400 USD.", events[0].GetProperty("description").GetString());
        var coordinatorView = await (await app.ApiAsync(Roles.Coordinator)).GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/events");
        Assert.Equal(JsonValueKind.Null, coordinatorView[0].GetProperty("description").ValueKind);
        Assert.Equal("PH", coordinatorView[0].GetProperty("country").GetString());

        var bad = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/events", new { type = "holiday", country = "ZZ", date = "2999-01-01", means = new[] { "magic" } });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "type", "country", "date", "means" })
            Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Notes_and_events_are_added_from_the_case_page_and_the_coordinator_sees_no_notes()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var page = $"/Cases/Details/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, new Dictionary<string, string> { ["Note.Text"] = "First interview held at the shelter." }, page + "?handler=Note")).StatusCode);
        var eventFields = new List<KeyValuePair<string, string>> { new("Event.Type", "exploitation"), new("Event.Country", "JO"), new("Event.Date", "2024-05-01"), new("Event.Means", "coercion"), new("Event.Purposes", "forced-labour") };
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, eventFields, page + "?handler=Event")).StatusCode);
        var html = await browser.GetPageAsync(page);
        Assert.Contains("First interview held at the shelter.", html);
        Assert.Contains("coercion, forced-labour", html);
        var badEvent = await browser.SubmitAsync(page, [new("Event.Type", "exploitation"), new("Event.Country", "XX")], page + "?handler=Event");
        Assert.Contains("ISO 3166", await badEvent.Content.ReadAsStringAsync());

        var coordinator = await app.SignedInAsync(Demo.Email(Roles.Coordinator));
        var coordinatorPage = await coordinator.GetPageAsync(page);
        Assert.DoesNotContain("First interview held at the shelter.", coordinatorPage);
        Assert.Contains("Your role does not see this part of the case.", coordinatorPage);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_sealed_and_read_only_by_the_owning_agency()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "passport-scan-of-Marites"u8];
        HttpContent Upload(byte[] bytes, string name) => new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };

        var added = await caseworker.PostAsync($"/api/v1/cases/{id}/attachments", Upload(png, "passport-marites.png"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var attachmentId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var list = await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/attachments");
        Assert.Equal("passport-marites.png", list[0].GetProperty("fileName").GetString());
        Assert.Equal("image/png", list[0].GetProperty("contentType").GetString());
        var download = await caseworker.GetAsync($"/api/v1/cases/{id}/attachments/{attachmentId}");
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());

        var exe = await caseworker.PostAsync($"/api/v1/cases/{id}/attachments", Upload([0x4D, 0x5A, 0x90, 0x00], "photo.png"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("PDF, JPEG", await exe.Content.ReadAsStringAsync());
        var large = await caseworker.PostAsync($"/api/v1/cases/{id}/attachments", Upload([.. png, .. new byte[10 * 1024 * 1024]], "big.png"));
        Assert.True(large.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, large.StatusCode.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/cases/{id}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/cases/{id}/attachments/{attachmentId}")).StatusCode);
        var stored = await app.ScopedAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<Sanad.Data.SanadDb>().CaseAttachments.Select(a => a.SealedContent)));
        Assert.All(stored, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf("Marites"u8)));
    }

    [Fact]
    public async Task A_caseworker_attaches_a_file_from_the_case_page_and_downloads_it_there()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = (await OpenAsync(caseworker, await PersonAsync(caseworker))).GetProperty("id").GetString();
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var page = $"/Cases/Details/{id}";
        byte[] pdf = [.. "%PDF-1.7 medical-note-of-the-clinic"u8];

        var added = await browser.UploadAsync(page, page + "?handler=Attach", "upload", pdf, "medical note.pdf");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = await browser.GetPageAsync(page);
        Assert.Contains("medical note.pdf", html);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*handler=Attachment[^\"]*)\"").Groups[1].Value;
        var download = await browser.GetAsync(System.Net.WebUtility.HtmlDecode(link));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());

        var refused = await browser.UploadAsync(page, page + "?handler=Attach", "upload", [0x4D, 0x5A, 0x90, 0x00], "tool.pdf");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Only PDF, JPEG and PNG files can be attached.", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("tool.pdf", await browser.GetPageAsync(page));
    }
}
