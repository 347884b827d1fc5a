using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Sanad.Domain.Accounts;
using Sanad.Domain.Cases;
using Sanad.Features.Exports;
using Sanad.Tests.Features.Referrals;
using Sanad.Tests.Support;
using Sanad.Web.Printing;

namespace Sanad.Tests.Features.Exports;

/// <summary>The case file of a shelter case (JO-KARAMA) with every part filled, as each role prints it.</summary>
public sealed class CaseFileTests(SanadApp app) : IClassFixture<SanadApp>
{
    /// <summary>A case with a word of its own in every sealed text, so each can be looked for in a file.</summary>
    private sealed record FullCase(ReferredPerson Person, string Event, string Perpetrator, string Goal, string ServiceNote, string FollowUp, string Proceeding);

    private async Task<FullCase> FullCaseAsync()
    {
        var person = await app.ShelterCaseAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var full = new FullCase(person, "Promised a nanny job " + unique, "The agent Abu Khaled " + unique, "Safe room " + unique,
            "Clinic visit went well " + unique, "Call her sister " + unique, "AHTU/2026/" + unique);
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var cases = $"/api/v1/cases/{person.CaseId}";
        async Task Ok(Task<HttpResponseMessage> sent)
        {
            var response = await sent;
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        }
        await Ok(caseworker.PostAsJsonAsync($"{cases}/events", new { type = "recruitment", country = "PH", city = "Manila", date = "2024-02-01",
            means = new[] { "deception" }, purposes = new[] { "forced-labour" }, description = full.Event }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/perpetrators", new { roles = new[] { "RecruiterOrIntermediary" }, sex = "male", nationality = "JO", details = full.Perpetrator }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/screenings", new { profile = "adult-labour", language = "am", interpreterUsed = true,
            indicators = new[] { "dr.job_nature", "dr.conditions", "dr.contract", "ex.hours", "ex.living", "ex.hazardous", "ex.pay", "cd.documents", "cd.debt", "cd.isolation", "cd.violence" } }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/identification", new { outcome = "presumed", authority = "ngo", decidedOn = "2026-11-01" }));
        await Ok(caseworker.PutAsJsonAsync($"{cases}/plan", new { version = 0, goals = new[] { new { text = full.Goal, area = "shelter", targetDate = "2027-01-15" } } }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/services-delivered", new { serviceType = "medical", startedOn = "2025-01-01", outcome = "ongoing", note = full.ServiceNote }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/follow-ups", new { dueOn = "2030-01-01", what = full.FollowUp }));
        await Ok(caseworker.PutAsJsonAsync($"{cases}/legal/reflection-period", new { startsOn = "2026-03-01", endsOn = "2026-05-30" }));
        await Ok(caseworker.PostAsJsonAsync($"{cases}/legal/proceedings", new { kind = "complaint", on = "2026-03-02", outcome = "pending", authorityName = "AHTU", reference = full.Proceeding }));
        return full;
    }

    private Task<PrintedDocument> FileAsync(string email, string caseId, string language = "en") =>
        app.DocumentAsync<CaseFile>(email, language, f => f.ComposeAsync(new CaseId(Guid.Parse(caseId))));

    [Fact]
    public async Task A_caseworkers_file_holds_every_part_of_her_case()
    {
        var full = await FullCaseAsync();
        var file = await FileAsync(Demo.Email(Roles.Caseworker), full.Person.CaseId);
        var text = file.Text();
        foreach (var part in new[] { full.Person.GivenName + " Perera", full.Person.Phone, full.Person.Address, full.Person.Note, full.Event, full.Perpetrator,
                     full.Goal, full.ServiceNote, full.FollowUp, full.Proceeding, "2026-03-01 → 2026-05-30", "Catalogue version: ", "Nationality: LK" })
            Assert.Contains(part, text, StringComparison.OrdinalIgnoreCase);
        foreach (var heading in new[] { "Case", "Identification decisions", "The person", "Screenings", "Trafficking events", "Perpetrators", "Notes",
                     "Assistance plan", "Services delivered", "Follow-ups", "Legal track", "Proceedings", "History" })
            Assert.Contains(heading, file.Headings());
        Assert.StartsWith("Confidential — prepared for Dar Karama shelter for victims of trafficking on ", file.Footer);

        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var reference = file.Title["Case file ".Length..];
        var (title, pages) = await Printed.AssertPdfAsync(await caseworker.GetAsync($"/api/v1/cases/{full.Person.CaseId}/file"), $"case-{reference}.pdf");
        Assert.Equal(file.Title, title);
        Assert.InRange(pages, 1, 3);
    }

    [Fact]
    public async Task A_coordinators_file_has_no_identity_no_notes_and_no_free_texts()
    {
        var full = await FullCaseAsync();
        var file = await FileAsync(Demo.Email(Roles.Coordinator), full.Person.CaseId);
        var text = file.Text();
        foreach (var hidden in new[] { full.Person.GivenName, "Perera", full.Person.Phone, full.Person.Address, "1994-03-21", full.Person.Note,
                     full.Event, full.Perpetrator, full.Goal, full.ServiceNote, full.FollowUp, full.Proceeding })
            Assert.DoesNotContain(hidden, text);
        Assert.DoesNotContain("Notes", file.Headings());
        Assert.Contains("Your role sees this record without the person's identity.", text);
        Assert.Contains("Nationality: LK", text);
        Assert.Contains("Year of birth: 1994", text);
        Assert.Contains("Proceedings", file.Headings());
        Assert.StartsWith("Confidential — prepared for Ministry of Social Development on ", file.Footer);
    }

    [Fact]
    public async Task An_arabic_reader_gets_a_right_to_left_file_with_arabic_labels()
    {
        var full = await FullCaseAsync();
        var file = await FileAsync(Demo.Email(Roles.Supervisor), full.Person.CaseId, "ar");
        Assert.True(file.RightToLeft);
        Assert.StartsWith("ملف الحالة JO-", file.Title);
        Assert.Contains("الشخص", file.Headings());
        Assert.Contains("الهاتف: " + full.Person.Phone, file.Text());
        Assert.StartsWith("سري — أُعدّ لـ دار الكرامة", file.Footer);

        var supervisor = await app.ApiAsync(Roles.Supervisor);
        supervisor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var (title, _) = await Printed.AssertPdfAsync(await supervisor.GetAsync($"/api/v1/cases/{full.Person.CaseId}/file"), $"case-{file.Title.Split(' ')[^1]}.pdf");
        Assert.Equal(file.Title, title);
    }

    [Fact]
    public async Task Every_file_is_audited_with_who_and_the_parts_it_holds()
    {
        var full = await FullCaseAsync();
        (await (await app.ApiAsync(Roles.Caseworker)).GetAsync($"/api/v1/cases/{full.Person.CaseId}/file")).EnsureSuccessStatusCode();
        (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/cases/{full.Person.CaseId}/file")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Provider)).GetAsync($"/api/v1/cases/{full.Person.CaseId}/file")).StatusCode);

        var entries = await app.AuditAsync("case.file-printed", full.Person.CaseId);
        Assert.Equal(2, entries.Count);
        Assert.Equal("parts:case,person:identified,screenings,events,perpetrators,notes,plan,services,follow-ups,legal", entries[0].Detail);
        Assert.Equal("parts:case,person:pseudonymised,screenings,events,perpetrators,plan,services,follow-ups,legal", entries[1].Detail);
        Assert.NotEqual(entries[0].Actor, entries[1].Actor);
    }

    [Fact]
    public async Task A_long_case_prints_fast_and_cut_with_a_count_of_what_was_left_out()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var extra = SheetWriter.MaxItems + 20;
        for (var i = 0; i < extra; i++)
            (await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/notes", new { text = $"Visit {i}: she spoke about the recruiter and the debt, the passport kept by the sponsor, and her wish to go home." })).EnsureSuccessStatusCode();
        var email = Demo.Email(Roles.Caseworker);
        var file = await FileAsync(email, person.CaseId);
        var notes = file.Section("Notes").Rows;
        Assert.Equal(SheetWriter.MaxItems + 1, notes.Count);
        Assert.Equal("21 more not printed: open the case in Sanad to see them.", notes[^1].Value);

        // The best of three runs: the cost of the work itself, not of the other tests sharing the cores (about 0.1 s alone).
        var best = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            Assert.NotEmpty(PdfPrinter.Print(await FileAsync(email, person.CaseId)));
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        Assert.True(best < 1000, $"composed and printed in {best} ms at best");
    }

    public static TheoryData<string, string, HttpStatusCode> Matrix() => new()
    {
        { Roles.Caseworker, "JO-KARAMA", HttpStatusCode.OK }, { Roles.Supervisor, "JO-KARAMA", HttpStatusCode.OK },
        { Roles.Police, "JO-KARAMA", HttpStatusCode.OK }, { Roles.Inspector, "JO-KARAMA", HttpStatusCode.OK },
        { Roles.Coordinator, "JO-MOSD", HttpStatusCode.OK },
        { Roles.Caseworker, "JO-IOM", HttpStatusCode.NotFound }, { Roles.Supervisor, "JO-PSD-AHTU", HttpStatusCode.NotFound },
        { Roles.Police, "JO-PSD-AHTU", HttpStatusCode.NotFound }, { Roles.Inspector, "JO-MOL-INSP", HttpStatusCode.NotFound },
        { Roles.Provider, "JO-KARAMA", HttpStatusCode.Forbidden }, { Roles.Provider, "JO-LEGAL-AID", HttpStatusCode.Forbidden },
        { Roles.Admin, "JO-KARAMA", HttpStatusCode.Forbidden }, { Roles.Researcher, "JO-KARAMA", HttpStatusCode.Forbidden },
        { Roles.Programme, "JO-KARAMA", HttpStatusCode.Forbidden }, { Roles.Viewer, "JO-KARAMA", HttpStatusCode.Forbidden },
    };

    /// <summary>Refused as the case page is; an inspector of the owning agency prints a file without the legal track, as she reads it.</summary>
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_and_agency_prints_the_case_file_or_is_refused_as_on_the_case_page(string role, string agency, HttpStatusCode expected)
    {
        var full = await FullCaseAsync();
        var (_, email) = await app.NewUserAsync(role, agency);
        var client = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "test")).Output.Trim());
        var response = await client.GetAsync($"/api/v1/cases/{full.Person.CaseId}/file");
        Assert.True(response.StatusCode == expected, $"{role} of {agency}: {(int)response.StatusCode}, expected {(int)expected}");

        // The same answer as reading the case itself.
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/cases/{full.Person.CaseId}")).StatusCode);
        var composed = await app.ComposeAsync<CaseFile>(email, "en", f => f.ComposeAsync(new CaseId(Guid.Parse(full.Person.CaseId))));
        Assert.Equal(expected == HttpStatusCode.OK, composed.Succeeded);
        if (!composed.Succeeded) return;
        var text = composed.Value!.Document.Text();
        var seesIdentity = role is not Roles.Coordinator;
        Assert.Equal(seesIdentity, text.Contains(full.Person.Phone));
        Assert.Equal(seesIdentity, text.Contains(full.Person.Note));
        Assert.Equal(role is not Roles.Inspector, composed.Value.Document.Headings().Contains("Proceedings"));
    }

    [Fact]
    public async Task The_case_page_offers_the_file()
    {
        var person = await app.ShelterCaseAsync();
        var browser = await app.SignedInAsync(Demo.Email(Roles.Supervisor));
        Assert.Contains($"href=\"/api/v1/cases/{person.CaseId}/file\"", await browser.GetPageAsync($"/Cases/Details/{person.CaseId}"));
        var response = await browser.GetAsync($"/api/v1/cases/{person.CaseId}/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }
}
