using System.Net;
using System.Net.Http.Json;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>
/// Every referral and consent endpoint against every role, on a referral from the shelter JO-KARAMA
/// (sender: caseworker, supervisor) to the legal aid NGO JO-LEGAL-AID (receiver: provider): a third
/// agency gets 404, a role without case data 403, the coordinator sees the referral but no case data.
/// </summary>
public sealed class ReferralMatrixTests(SanadApp app) : IClassFixture<SanadApp>
{
    public static TheoryData<string, string> Matrix() => new()
    {
        { Roles.Caseworker, "sender" }, { Roles.Supervisor, "sender" },
        { Roles.Provider, "receiver" },
        { Roles.Police, "third" }, { Roles.Inspector, "third" },
        { Roles.Coordinator, "country" },
        { Roles.Admin, "none" }, { Roles.Researcher, "none" }, { Roles.Programme, "none" }, { Roles.Viewer, "none" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_the_referrals_its_side_allows(string role, string side)
    {
        var person = await app.ShelterCaseAsync();
        var sender = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        var consent = await sender.ConsentAsync(person.CaseId, legalAid, "identifying", "contact", "operational");
        var referral = await sender.ReferAsync(person.CaseId, legalAid, "normal", "identifying", "operational");
        var client = await app.ApiAsync(role);
        var none = side == "none";

        var read = await client.GetAsync($"/api/v1/referrals/{referral}");
        Expect(role, "GET referral", read, side switch { "sender" or "receiver" or "country" => HttpStatusCode.OK, "third" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });
        if (read.IsSuccessStatusCode)
        {
            var body = await read.Content.ReadAsStringAsync();
            // Only the receiver gets the case object; the sender has the case itself, the coordinator no case data through a referral.
            Assert.True(body.Contains(person.GivenName) == (side == "receiver"), $"{role}: name shown = {body.Contains(person.GivenName)}");
            Assert.DoesNotContain(person.Phone, body);
        }
        Expect(role, "GET photo", await client.GetAsync($"/api/v1/referrals/{referral}/photo"), none ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound);
        var list = await client.GetAsync("/api/v1/referrals?direction=incoming");
        Expect(role, "GET list", list, none ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
        if (list.IsSuccessStatusCode)
            Assert.True((await list.Content.ReadAsStringAsync()).Contains(referral) == (side == "receiver"), $"{role} incoming list");

        Expect(role, "POST referral", await client.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/referrals",
                new { toAgencyId = legalAid, reason = "x", urgency = "normal", scope = new[] { "operational" } }),
            side switch { "sender" => HttpStatusCode.Created, "third" => HttpStatusCode.NotFound, "country" => HttpStatusCode.Forbidden, _ => HttpStatusCode.Forbidden });
        Expect(role, "GET consents", await client.GetAsync($"/api/v1/cases/{person.CaseId}/consents"),
            side switch { "sender" or "country" => HttpStatusCode.OK, "third" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });
        Expect(role, "POST consent", await client.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/consents",
                new { purpose = "research", scope = new[] { "operational" }, method = "written" }),
            side switch { "sender" => HttpStatusCode.Created, "third" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });

        Expect(role, "POST accept", await client.PostAsJsonAsync($"/api/v1/referrals/{referral}/accept", new { }),
            side switch { "receiver" => HttpStatusCode.OK, "sender" => HttpStatusCode.Forbidden, "third" or "country" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });
        Expect(role, "POST cancel", await client.PostAsJsonAsync($"/api/v1/referrals/{referral}/cancel", new { reason = "no longer needed" }),
            side switch { "sender" => HttpStatusCode.OK, "receiver" => HttpStatusCode.Forbidden, "third" or "country" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });
        Expect(role, "POST withdraw", await client.PostAsJsonAsync($"/api/v1/consents/{consent}/withdraw", new { }),
            side switch { "sender" => HttpStatusCode.OK, "third" => HttpStatusCode.NotFound, _ => HttpStatusCode.Forbidden });
    }

    private static void Expect(string role, string what, HttpResponseMessage got, HttpStatusCode expected) =>
        Assert.True(got.StatusCode == expected, $"{role} {what}: {(int)got.StatusCode}, expected {(int)expected}");
}
