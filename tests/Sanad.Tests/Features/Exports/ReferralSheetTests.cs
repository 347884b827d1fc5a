using System.Net;
using System.Net.Http.Json;
using Sanad.Domain.Accounts;
using Sanad.Domain.Referrals;
using Sanad.Features.Exports;
using Sanad.Tests.Features.Referrals;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Exports;

/// <summary>Referral sheets from the shelter JO-KARAMA to the legal aid NGO JO-LEGAL-AID (the demo provider's agency).</summary>
public sealed class ReferralSheetTests(SanadApp app) : IClassFixture<SanadApp>
{
    private Task<Guid> LegalAid() => app.AgencyAsync("JO-LEGAL-AID");

    private Task<Sanad.Web.Printing.PrintedDocument> SheetAsync(string role, string referral, string language = "en") =>
        app.DocumentAsync<ReferralSheet>(Demo.Email(role), language, s => s.ComposeAsync(new ReferralId(Guid.Parse(referral))));

    [Fact]
    public async Task The_receivers_sheet_holds_the_consented_scope_and_nothing_else()
    {
        var narrow = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(narrow.CaseId, await LegalAid(), "operational");
        var narrowReferral = await caseworker.ReferAsync(narrow.CaseId, await LegalAid(), "normal", "operational");

        var narrowSheet = (await SheetAsync(Roles.Provider, narrowReferral)).Text();
        Assert.Contains("Reference: JO-", narrowSheet);
        Assert.Contains("Needs legal counsel for her wage claim", narrowSheet);
        foreach (var secret in new[] { narrow.GivenName, "Perera", narrow.Phone, narrow.Address, narrow.Note, "1994-03-21" })
            Assert.DoesNotContain(secret, narrowSheet);

        var wide = await app.ShelterCaseAsync();
        await caseworker.ConsentAsync(wide.CaseId, await LegalAid(), "identifying", "contact", "sensitive", "operational");
        var wideReferral = await caseworker.ReferAsync(wide.CaseId, await LegalAid(), "urgent", "identifying", "contact", "sensitive", "operational");
        var wideSheet = await SheetAsync(Roles.Provider, wideReferral);
        foreach (var secret in new[] { wide.GivenName + " Perera", wide.Phone, wide.Address, wide.Note, "1994-03-21" })
            Assert.Contains(secret, wideSheet.Text());
        Assert.Contains("Urgency: Urgent", wideSheet.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Confidential — prepared for Legal aid centre (demo NGO) on ", wideSheet.Footer);

        var provider = await app.ApiAsync(Roles.Provider);
        var reference = wideSheet.Title["Referral sheet ".Length..];
        var (title, pages) = await Printed.AssertPdfAsync(await provider.GetAsync($"/api/v1/referrals/{wideReferral}/sheet"), $"referral-{reference}.pdf");
        Assert.Equal(wideSheet.Title, title);
        Assert.Equal(1, pages);
    }

    [Fact]
    public async Task A_withdrawn_consent_empties_the_receivers_sheet_and_says_so()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var consent = await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "contact", "identifying");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "contact", "identifying");
        Assert.Contains(person.Phone, (await SheetAsync(Roles.Provider, referral)).Text());
        Assert.Contains(person.Phone, (await SheetAsync(Roles.Caseworker, referral)).Text());

        (await caseworker.PostAsJsonAsync($"/api/v1/consents/{consent}/withdraw", new { reason = "She asked us to stop" })).EnsureSuccessStatusCode();

        foreach (var role in new[] { Roles.Provider, Roles.Caseworker })
        {
            var sheet = await SheetAsync(role, referral);
            Assert.DoesNotContain(person.Phone, sheet.Text());
            Assert.DoesNotContain(person.GivenName, sheet.Text());
            Assert.Contains("The person withdrew a consent this referral relied on.", sheet.Text());
            Assert.Contains("Shared now: —", sheet.Text());
            Assert.Equal($"referral-{referral}.pdf", (await app.ComposeAsync<ReferralSheet>(Demo.Email(role), "en",
                s => s.ComposeAsync(new ReferralId(Guid.Parse(referral))))).Value!.FileName);
        }
    }

    [Fact]
    public async Task The_sender_prints_the_shared_scopes_and_the_coordinator_the_referral_without_case_data()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "identifying", "contact", "sensitive", "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "identifying", "operational");

        var sender = (await SheetAsync(Roles.Supervisor, referral)).Text();
        Assert.Contains(person.GivenName, sender);
        Assert.Contains("Reference: JO-", sender);
        // Consented but not sent: contact and notes stay out of the sender's sheet too.
        Assert.DoesNotContain(person.Phone, sender);
        Assert.DoesNotContain(person.Note, sender);

        var coordinator = await SheetAsync(Roles.Coordinator, referral);
        Assert.Contains("From: Dar Karama shelter for victims of trafficking", coordinator.Text());
        foreach (var hidden in new[] { person.GivenName, "Reference: JO-", "Needs legal counsel", person.Phone })
            Assert.DoesNotContain(hidden, coordinator.Text());
    }

    [Fact]
    public async Task An_arabic_reader_gets_a_right_to_left_sheet_with_arabic_labels()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "operational", "contact");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "urgent", "operational", "contact");

        var sheet = await SheetAsync(Roles.Provider, referral, "ar");
        Assert.True(sheet.RightToLeft);
        Assert.StartsWith("استمارة الإحالة JO-", sheet.Title);
        Assert.Equal(["إحالة", "البيانات المشتركة", "السجل التاريخي"], sheet.Headings());
        Assert.Contains("الهاتف: " + person.Phone, sheet.Text());
        Assert.StartsWith("سري — ", sheet.Footer);
        Assert.False((await SheetAsync(Roles.Provider, referral, "fr")).RightToLeft);

        var provider = await app.ApiAsync(Roles.Provider);
        provider.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var (title, _) = await Printed.AssertPdfAsync(await provider.GetAsync($"/api/v1/referrals/{referral}/sheet"), $"referral-{sheet.Title.Split(' ')[^1]}.pdf");
        Assert.Equal(sheet.Title, title);
    }

    [Fact]
    public async Task Every_sheet_is_audited_with_who_and_the_scopes_it_printed()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "operational", "contact");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "operational", "contact");

        (await (await app.ApiAsync(Roles.Provider)).GetAsync($"/api/v1/referrals/{referral}/sheet")).EnsureSuccessStatusCode();
        (await caseworker.GetAsync($"/api/v1/referrals/{referral}/sheet")).EnsureSuccessStatusCode();
        (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/referrals/{referral}/sheet")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/referrals/{referral}/sheet")).StatusCode);

        var entries = await app.AuditAsync("referral.sheet-printed", referral);
        Assert.Equal(["receiver;scope:contact,operational", "sender;scope:contact,operational", "observer;scope:"], entries.Select(e => e.Detail));
        Assert.All(entries, e => Assert.NotNull(e.Actor));
        Assert.Equal(3, entries.Select(e => e.Actor).Distinct().Count());
    }

    public static TheoryData<string, string, HttpStatusCode> Matrix() => new()
    {
        { Roles.Caseworker, "JO-KARAMA", HttpStatusCode.OK }, { Roles.Supervisor, "JO-KARAMA", HttpStatusCode.OK },
        { Roles.Provider, "JO-LEGAL-AID", HttpStatusCode.OK }, { Roles.Coordinator, "JO-MOSD", HttpStatusCode.OK },
        { Roles.Provider, "JO-IOM", HttpStatusCode.NotFound }, { Roles.Police, "JO-PSD-AHTU", HttpStatusCode.NotFound },
        { Roles.Inspector, "JO-MOL-INSP", HttpStatusCode.NotFound }, { Roles.Caseworker, "JO-IOM", HttpStatusCode.NotFound },
        { Roles.Admin, "JO-KARAMA", HttpStatusCode.Forbidden }, { Roles.Researcher, "JO-KARAMA", HttpStatusCode.Forbidden },
        { Roles.Programme, "JO-LEGAL-AID", HttpStatusCode.Forbidden }, { Roles.Viewer, "JO-LEGAL-AID", HttpStatusCode.Forbidden },
    };

    /// <summary>The sheet answers each role and agency as the referral itself does.</summary>
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_and_agency_prints_the_sheet_or_is_refused_as_for_the_referral(string role, string agency, HttpStatusCode expected)
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "identifying", "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "identifying", "operational");
        var (_, email) = await app.NewUserAsync(role, agency);
        var client = app.NewClient().WithToken((await app.CliAsync("token", "create", "--email", email, "--name", "test")).Output.Trim());

        var sheet = await client.GetAsync($"/api/v1/referrals/{referral}/sheet");
        Assert.True(sheet.StatusCode == expected, $"{role} of {agency}: {(int)sheet.StatusCode}, expected {(int)expected}");
        Assert.Equal(expected, (await client.GetAsync($"/api/v1/referrals/{referral}")).StatusCode);
        if (expected != HttpStatusCode.OK) return;
        var text = (await app.DocumentAsync<ReferralSheet>(email, "en", s => s.ComposeAsync(new ReferralId(Guid.Parse(referral))))).Text();
        // The coordinator sees no case data through a referral; sender and receiver see the shared name.
        Assert.Equal(role != Roles.Coordinator, text.Contains(person.GivenName));
        Assert.DoesNotContain(person.Phone, text);
    }

    [Fact]
    public async Task The_referral_page_offers_the_sheet()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "operational");
        var browser = await app.SignedInAsync(Demo.Email(Roles.Provider));
        Assert.Contains($"href=\"/api/v1/referrals/{referral}/sheet\"", await browser.GetPageAsync($"/Referrals/Details/{referral}"));
        // The page's link works with the browser's session, not only with a token.
        await Printed.AssertPdfAsync(await browser.GetAsync($"/api/v1/referrals/{referral}/sheet"),
            $"referral-{(await SheetAsync(Roles.Provider, referral)).Title.Split(' ')[^1]}.pdf");
    }
}
