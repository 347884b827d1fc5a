using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Referrals;
using Sanad.Features.Referrals;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;
using Sanad.Domain.Accounts;

namespace Sanad.Tests.Features.Referrals;

/// <summary>
/// An agency receiving more referrals than the list counts: the total says "at least", the pages
/// still come newest first, and the next page is still offered.
/// </summary>
public sealed class ReferralListCountTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task A_list_longer_than_the_count_cap_says_at_least_and_still_pages_newest_first()
    {
        var shelterCase = await app.ShelterCaseAsync();
        var shelter = new AgencyId(await app.AgencyAsync("JO-KARAMA"));
        var legalAid = new AgencyId(await app.AgencyAsync("JO-LEGAL-AID"));
        var first = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        const int sent = ReadReferrals.CountCap + 10;
        await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var sealer = sp.GetRequiredService<FieldSealer>();
            for (var i = 0; i < sent; i++)
            {
                var at = first.AddMinutes(i);
                var referral = Referral.Send(new CaseId(Guid.Parse(shelterCase.CaseId)), shelter, legalAid, null, ReferralUrgency.Normal,
                    [DataScopes.Operational], null, at, at.AddDays(3));
                referral.SealReason(await sealer.SealAsync("Wage claim", Referral.RecordType, referral.Id.Value));
                db.Referrals.Add(referral);
            }
            return await db.SaveChangesAsync();
        });

        var provider = await app.ApiAsync(Roles.Provider);
        var page1 = await provider.GetFromJsonAsync<JsonElement>("/api/v1/referrals?direction=incoming&pageSize=25");
        Assert.Equal(ReadReferrals.CountCap, page1.GetProperty("total").GetInt32());
        Assert.True(page1.GetProperty("totalIsAtLeast").GetBoolean());
        var newest = page1.GetProperty("items")[0].GetProperty("sentAt").GetDateTime();
        Assert.Equal(first.AddMinutes(sent - 1), newest.ToUniversalTime());

        // Far down the list the count still reaches past the page, so the next page is offered.
        var page40 = await provider.GetFromJsonAsync<JsonElement>("/api/v1/referrals?direction=incoming&pageSize=25&page=40");
        Assert.Equal(25, page40.GetProperty("items").GetArrayLength());
        Assert.True(page40.GetProperty("total").GetInt32() > 40 * 25);
        Assert.Equal(first.AddMinutes(sent - 1 - 39 * 25), page40.GetProperty("items")[0].GetProperty("sentAt").GetDateTime().ToUniversalTime());

        // A short list is counted exactly: the shelter sent them all, but only these are declined.
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var outgoing = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/referrals?direction=outgoing&state=declined");
        Assert.False(outgoing.GetProperty("totalIsAtLeast").GetBoolean());
        Assert.Equal(outgoing.GetProperty("items").GetArrayLength(), outgoing.GetProperty("total").GetInt32());
    }
}
