using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>The receiving agency opens its own case for the person it accepted, from what the referral shares of her, once.</summary>
public sealed class TakeOnReferralTests(SanadApp app) : IClassFixture<SanadApp>
{
    private async Task<(ReferredPerson Person, HttpClient Sender, string Referral)> ReferToPoliceAsync(params string[] scope)
    {
        var person = await app.ShelterCaseAsync();
        var sender = await app.ApiAsync(Roles.Caseworker);
        var police = await app.AgencyAsync("JO-PSD-AHTU");
        await sender.ConsentAsync(person.CaseId, police, scope);
        return (person, sender, await sender.ReferAsync(person.CaseId, police, "normal", scope));
    }

    [Fact]
    public async Task The_receiver_opens_its_own_case_with_the_shared_identity_and_nothing_more_once()
    {
        var (person, sender, referral) = await ReferToPoliceAsync("operational", "identifying");
        var police = await app.ApiAsync(Roles.Police);
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsync($"/api/v1/referrals/{referral}/take-on", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.PostAsync($"/api/v1/referrals/{referral}/accept", null)).StatusCode);

        var taken = await police.PostAsync($"/api/v1/referrals/{referral}/take-on", null);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var ours = await taken.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = ours.GetProperty("id").GetString();
        Assert.StartsWith("JO-", ours.GetProperty("reference").GetString());

        var opened = await police.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        var personId = opened.GetProperty("personId").GetString();
        Assert.NotEqual(person.PersonId, personId);
        var identity = (await police.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}")).GetProperty("identity");
        Assert.Equal(person.GivenName, identity.GetProperty("givenName").GetString());
        Assert.Equal("1994-03-21", identity.GetProperty("dateOfBirth").GetString());
        // The contact part was not consented: no phone, no address copied.
        Assert.Equal(JsonValueKind.Null, identity.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, identity.GetProperty("address").ValueKind);

        Assert.Equal(caseId, (await police.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral}")).GetProperty("receiverCaseId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsync($"/api/v1/referrals/{referral}/take-on", null)).StatusCode);
        // The sender does not open the receiver's case; the sender's own case is untouched.
        Assert.Equal(HttpStatusCode.Forbidden, (await sender.PostAsync($"/api/v1/referrals/{referral}/take-on", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Inspector)).PostAsync($"/api/v1/referrals/{referral}/take-on", null)).StatusCode);
    }

    [Fact]
    public async Task Without_her_identity_in_the_referral_the_receiver_is_told_to_register_her_and_nothing_is_made()
    {
        var (_, _, referral) = await ReferToPoliceAsync("operational");
        var police = await app.ApiAsync(Roles.Police);
        await police.PostAsync($"/api/v1/referrals/{referral}/accept", null);
        var cases = (await police.GetFromJsonAsync<JsonElement>("/api/v1/cases")).GetProperty("total").GetInt32();
        var refused = await police.PostAsync($"/api/v1/referrals/{referral}/take-on", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("register her with what she tells you", await refused.Content.ReadAsStringAsync());
        Assert.Equal(cases, (await police.GetFromJsonAsync<JsonElement>("/api/v1/cases")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_provider_receives_referrals_but_opens_no_case_files()
    {
        var person = await app.ShelterCaseAsync();
        var sender = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        await sender.ConsentAsync(person.CaseId, legalAid, "operational", "identifying");
        var referral = await sender.ReferAsync(person.CaseId, legalAid, "normal", "operational", "identifying");
        var provider = await app.ApiAsync(Roles.Provider);
        await provider.PostAsync($"/api/v1/referrals/{referral}/accept", null);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsync($"/api/v1/referrals/{referral}/take-on", null)).StatusCode);
    }

    [Fact]
    public async Task The_receiver_takes_a_referral_on_from_its_page()
    {
        var (person, _, referral) = await ReferToPoliceAsync("operational", "identifying");
        var browser = await app.SignedInAsync(Demo.Email(Roles.Police));
        var page = $"/Referrals/Details/{referral}";
        var accepted = await browser.SubmitAsync(page, [new("act", "accept")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("id=\"take-on\"", await browser.GetPageAsync(page));
        var taken = await browser.SubmitAsync(page, [], page + "?handler=TakeOn");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.StartsWith("/Cases/Details/", taken.Headers.Location?.OriginalString);
        var after = await browser.GetPageAsync(page);
        Assert.Contains("id=\"our-case\"", after);
        Assert.DoesNotContain("id=\"take-on\"", after);
        var ourCase = await browser.GetPageAsync(taken.Headers.Location!.OriginalString);
        var personLink = System.Text.RegularExpressions.Regex.Match(ourCase, "href=\"(/People/Details/[^\"]+)\"").Groups[1].Value;
        Assert.Contains(person.GivenName, await browser.GetPageAsync(personLink));
    }
}
