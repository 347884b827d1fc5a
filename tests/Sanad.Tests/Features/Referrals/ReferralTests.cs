using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>Consent-gated referrals from the shelter JO-KARAMA to the legal aid NGO JO-LEGAL-AID (the demo provider's agency).</summary>
public sealed class ReferralTests(SanadApp app) : IClassFixture<SanadApp>
{
    private Task<Guid> LegalAid() => app.AgencyAsync("JO-LEGAL-AID");

    [Fact]
    public async Task A_scope_beyond_consent_is_refused_with_422_naming_the_part_and_the_agency_and_nothing_is_sent()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "operational");

        var refused = await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/referrals",
            new { toAgencyId = await LegalAid(), reason = "Legal counsel", urgency = "normal", scope = new[] { "operational", "contact" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("contact", detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Legal aid centre", detail);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scope", out _));
        var outgoing = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/referrals?direction=outgoing&pageSize=100");
        Assert.DoesNotContain(outgoing.GetProperty("items").EnumerateArray(), r => r.GetProperty("caseId").GetString() == person.CaseId);
    }

    [Fact]
    public async Task Bad_consent_and_referral_input_is_refused_naming_each_field_and_nothing_is_saved()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var consent = await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/consents",
            new { purpose = "referral", scope = new[] { "everything" }, method = "telepathy", givenOn = "yesterday" });
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
        var errors = (await consent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "recipientAgencyId", "scope", "method", "givenOn" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal("[]", (await caseworker.GetStringAsync($"/api/v1/cases/{person.CaseId}/consents")).Trim());

        var referral = await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/referrals", new { urgency = "tomorrow", scope = new[] { "all" } });
        Assert.Equal(HttpStatusCode.BadRequest, referral.StatusCode);
        errors = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "toAgencyId", "reason", "urgency", "scope" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task A_consent_for_another_agency_or_a_withdrawn_one_does_not_open_the_gate()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await app.AgencyAsync("JO-IOM"), "operational");
        var withdrawn = await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "operational");
        (await caseworker.PostAsJsonAsync($"/api/v1/consents/{withdrawn}/withdraw", new { reason = "She changed her mind" })).EnsureSuccessStatusCode();

        var refused = await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/referrals",
            new { toAgencyId = await LegalAid(), reason = "Legal counsel", urgency = "normal", scope = new[] { "operational" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task The_receiver_sees_only_the_consented_scope_in_json_and_on_the_page()
    {
        var narrow = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(narrow.CaseId, await LegalAid(), "operational");
        var narrowReferral = await caseworker.ReferAsync(narrow.CaseId, await LegalAid(), "normal", "operational");

        var provider = await app.ApiAsync(Roles.Provider);
        var narrowJson = await provider.GetStringAsync($"/api/v1/referrals/{narrowReferral}");
        var narrowCase = JsonDocument.Parse(narrowJson).RootElement.GetProperty("case");
        Assert.StartsWith("JO-", narrowCase.GetProperty("reference").GetString());
        foreach (var secret in new[] { narrow.GivenName, narrow.Phone, narrow.Address, narrow.Note, "Perera", "1994-03-21" })
            Assert.DoesNotContain(secret, narrowJson);
        Assert.False(narrowCase.TryGetProperty("phone", out _));
        Assert.False(narrowCase.TryGetProperty("givenName", out _));

        var wide = await app.ShelterCaseAsync();
        await caseworker.ConsentAsync(wide.CaseId, await LegalAid(), "identifying", "contact", "sensitive", "operational");
        var wideReferral = await caseworker.ReferAsync(wide.CaseId, await LegalAid(), "urgent", "identifying", "contact", "sensitive", "operational");
        var wideJson = await provider.GetStringAsync($"/api/v1/referrals/{wideReferral}");
        foreach (var secret in new[] { wide.GivenName, wide.Phone, wide.Address, wide.Note, "1994-03-21" })
            Assert.Contains(secret, wideJson);

        var page = app.NewClient();
        await page.SignInAsync(Demo.Email(Roles.Provider));
        var narrowPage = WebUtility.HtmlDecode(await page.GetPageAsync($"/Referrals/Details/{narrowReferral}"));
        foreach (var secret in new[] { narrow.GivenName, narrow.Phone, narrow.Address, narrow.Note })
            Assert.DoesNotContain(secret, narrowPage);
        var widePage = WebUtility.HtmlDecode(await page.GetPageAsync($"/Referrals/Details/{wideReferral}"));
        foreach (var secret in new[] { wide.GivenName, wide.Phone, wide.Address, wide.Note })
            Assert.Contains(secret, widePage);
    }

    [Fact]
    public async Task A_provider_reads_nothing_of_a_case_directly_even_one_referred_to_it()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "identifying", "contact", "sensitive", "operational");
        await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "identifying", "operational");

        var provider = await app.ApiAsync(Roles.Provider);
        foreach (var path in new[] { $"/api/v1/cases/{person.CaseId}", $"/api/v1/people/{person.PersonId}", $"/api/v1/cases/{person.CaseId}/notes",
                     $"/api/v1/cases/{person.CaseId}/consents", $"/api/v1/people/{person.PersonId}/photo", "/api/v1/cases", "/api/v1/people" })
            Assert.True((await provider.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, path);
        var page = app.NewClient();
        await page.SignInAsync(Demo.Email(Roles.Provider));
        foreach (var path in new[] { $"/Cases/Details/{person.CaseId}", $"/People/Details/{person.PersonId}", $"/Cases/Referrals/{person.CaseId}" })
        {
            var response = await page.GetAsync(path);
            Assert.True(response.Headers.Location?.AbsolutePath == "/Account/AccessDenied", $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_withdrawal_empties_the_receivers_view_shows_a_notice_and_tells_the_receiver()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var consent = await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "contact", "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "contact", "operational");
        var provider = await app.ApiAsync(Roles.Provider);
        Assert.Contains(person.Phone, await provider.GetStringAsync($"/api/v1/referrals/{referral}"));

        var withdrawal = await caseworker.PostAsJsonAsync($"/api/v1/consents/{consent}/withdraw", new { reason = "She asked us to stop" });
        Assert.Equal(1, (await withdrawal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openReferralsAffected").GetInt32());

        var after = await provider.GetStringAsync($"/api/v1/referrals/{referral}");
        var view = JsonDocument.Parse(after).RootElement;
        Assert.True(view.GetProperty("consentWithdrawn").GetBoolean());
        Assert.Equal(0, view.GetProperty("sharedScope").GetArrayLength());
        Assert.Empty(view.GetProperty("case").EnumerateObject());
        Assert.DoesNotContain(person.Phone, after);
        Assert.Equal("sent", view.GetProperty("state").GetString());
        var notifications = await provider.GetStringAsync("/api/v1/notifications");
        Assert.Contains($"/Referrals/Details/{referral}", notifications);
        Assert.Contains("consent-withdrawn", notifications);
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PostAsJsonAsync($"/api/v1/consents/{consent}/withdraw", new { })).StatusCode);
    }

    [Fact]
    public async Task Receiving_and_answering_notify_both_sides_without_any_name()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        await caseworker.ConsentAsync(person.CaseId, await LegalAid(), "identifying", "operational");
        var referral = await caseworker.ReferAsync(person.CaseId, await LegalAid(), "normal", "identifying", "operational");
        var provider = await app.ApiAsync(Roles.Provider);
        var received = await provider.GetStringAsync("/api/v1/notifications");
        Assert.Contains("referral-received", received);
        (await provider.PostAsJsonAsync($"/api/v1/referrals/{referral}/accept", new { })).EnsureSuccessStatusCode();
        var answered = await caseworker.GetStringAsync("/api/v1/notifications");
        Assert.Contains("referral-answered", answered);
        foreach (var text in new[] { received, answered })
        {
            Assert.DoesNotContain(person.GivenName, text);
            Assert.DoesNotContain("Perera", text);
        }
    }
}
