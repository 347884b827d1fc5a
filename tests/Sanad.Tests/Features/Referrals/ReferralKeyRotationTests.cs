using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Encryption;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Referrals;

/// <summary>`sanad keys rotate` re-seals what referrals and consents seal: reasons, witness notes, withdrawal reasons.</summary>
public sealed class ReferralKeyRotationTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Rotation_reseals_referral_reasons_and_consent_notes_and_they_still_read()
    {
        var person = await app.ShelterCaseAsync();
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        var witnessed = await caseworker.PostAsJsonAsync($"/api/v1/cases/{person.CaseId}/consents",
            new { purpose = "referral", recipientAgencyId = legalAid, scope = new[] { "operational" }, method = "oral-witnessed", note = "Witnessed by interpreter Rasha" });
        var consent = (await witnessed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var referral = await caseworker.ReferAsync(person.CaseId, legalAid, "normal", "operational");
        (await (await app.ApiAsync(Roles.Provider)).PostAsJsonAsync($"/api/v1/referrals/{referral}/decline", new { reason = "No Sinhala interpreter" })).EnsureSuccessStatusCode();
        (await caseworker.PostAsJsonAsync($"/api/v1/consents/{consent}/withdraw", new { reason = "She moved abroad" })).EnsureSuccessStatusCode();

        var result = await app.CliAsync("keys", "rotate");
        Assert.True(result.ExitCode == 0, result.Error);

        var active = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().DataKeys.Where(k => k.Purpose == DataKeyPurpose.Fields && k.RetiredAt == null).Select(k => k.Id).SingleAsync());
        var sealedValues = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var values = await db.Referrals.Select(r => r.SealedReason).ToListAsync();
            values.AddRange(await db.ReferralTransitions.Where(t => t.SealedReason != null).Select(t => t.SealedReason!).ToListAsync());
            values.AddRange(await db.Consents.IgnoreQueryFilters().Where(c => c.SealedNote != null).Select(c => c.SealedNote!).ToListAsync());
            values.AddRange(await db.Consents.IgnoreQueryFilters().Where(c => c.SealedWithdrawalReason != null).Select(c => c.SealedWithdrawalReason!).ToListAsync());
            return values;
        });
        Assert.Equal(4, sealedValues.Count);
        Assert.All(sealedValues, v => Assert.Equal(active, FieldSealer.KeyIdOf(v)));

        var consents = await caseworker.GetStringAsync($"/api/v1/cases/{person.CaseId}/consents");
        Assert.Contains("Witnessed by interpreter Rasha", consents);
        Assert.Contains("She moved abroad", consents);
        var view = await caseworker.GetStringAsync($"/api/v1/referrals/{referral}");
        Assert.Contains("Needs legal counsel", view);
        Assert.Contains("No Sinhala interpreter", view);
    }
}
