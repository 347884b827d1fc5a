using System.Net;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>The same chain through the pages, without JavaScript, in English and Arabic.</summary>
public sealed class ReferralPageTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task A_caseworker_records_consent_refers_and_the_provider_accepts_on_the_pages()
    {
        var person = await app.ShelterCaseAsync();
        var legalAid = (await app.AgencyAsync("JO-LEGAL-AID")).ToString();
        var caseworker = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var casePage = $"/Cases/Referrals/{person.CaseId}";
        Assert.Contains(casePage, await caseworker.GetPageAsync($"/Cases/Details/{person.CaseId}"));

        var consent = await caseworker.SubmitAsync(casePage, [new("Consent.Purpose", "referral"), new("Consent.RecipientAgencyId", legalAid),
            new("Consent.Scope", "operational"), new("Consent.Method", "written")], casePage + "?handler=Consent");
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);

        // The form pre-selects what the consent allows; asking for more names the missing part and the agency.
        var form = await caseworker.GetPageAsync($"{casePage}?To={legalAid}");
        Assert.Contains("value=\"operational\" checked=\"checked\"", form);
        Assert.DoesNotContain("value=\"contact\" checked=\"checked\"", form);
        var refused = await caseworker.SubmitAsync($"{casePage}?To={legalAid}", [new("Referral.ToAgencyId", legalAid), new("Referral.Reason", "Legal counsel"),
            new("Referral.Urgency", "normal"), new("Referral.Scope", "operational"), new("Referral.Scope", "contact")], casePage + "?handler=Refer");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("No active consent lets the contact (phone, address) data of this case go to Legal aid centre", error);

        var sent = await caseworker.SubmitAsync($"{casePage}?To={legalAid}", [new("Referral.ToAgencyId", legalAid), new("Referral.Reason", "Legal counsel"),
            new("Referral.Urgency", "urgent"), new("Referral.Scope", "operational")], casePage + "?handler=Refer");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var list = await caseworker.GetPageAsync(casePage);
        var referral = System.Text.RegularExpressions.Regex.Match(list, "/Referrals/Details/([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(referral);

        var provider = await app.SignedInAsync(Demo.Email(Roles.Provider));
        Assert.Contains(referral, await provider.GetPageAsync("/Referrals?direction=incoming"));
        Assert.Contains("id=\"unread-count\"", await provider.GetPageAsync("/Referrals"));
        var accepted = await provider.SubmitAsync($"/Referrals/Details/{referral}", ("act", "accept"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var details = await provider.GetPageAsync($"/Referrals/Details/{referral}");
        Assert.Contains("act-start", details);
        Assert.DoesNotContain(person.GivenName, details);

        provider.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var arabic = await provider.GetPageAsync($"/Referrals/Details/{referral}");
        Assert.Contains("مقبولة", arabic);
    }
}
