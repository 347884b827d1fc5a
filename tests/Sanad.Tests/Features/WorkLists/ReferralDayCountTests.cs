using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Referrals;
using Sanad.Features.Referrals;
using Sanad.Tests.Features.Referrals;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>
/// The day counts behind the coordinator's overview stay equal to a GROUP BY of the referrals
/// themselves through everything that changes a referral: sending, answering, starting,
/// cancelling, the deadline watch's expiry and the seeder's bulk writes.
/// </summary>
public sealed class ReferralDayCountTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Every_change_to_a_referral_moves_its_day_count_with_it()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var provider = await app.ApiAsync(Roles.Provider);
        var legalAid = await app.AgencyAsync("JO-LEGAL-AID");
        var referralIds = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var person = await app.ShelterCaseAsync();
            await caseworker.ConsentAsync(person.CaseId, legalAid, "operational");
            referralIds.Add(await caseworker.ReferAsync(person.CaseId, legalAid, "normal", "operational"));
        }
        await AssertCountsMatchAsync();

        Assert.True((await provider.PostAsJsonAsync($"/api/v1/referrals/{referralIds[0]}/accept", new { })).IsSuccessStatusCode);
        Assert.True((await provider.PostAsJsonAsync($"/api/v1/referrals/{referralIds[0]}/start", new { })).IsSuccessStatusCode);
        Assert.True((await provider.PostAsJsonAsync($"/api/v1/referrals/{referralIds[1]}/decline", new { reason = "No capacity this month" })).IsSuccessStatusCode);
        Assert.True((await caseworker.PostAsJsonAsync($"/api/v1/referrals/{referralIds[2]}/cancel", new { reason = "Found a closer clinic" })).IsSuccessStatusCode);
        await AssertCountsMatchAsync();
        await app.ScopedAsync(async sp => (await sp.GetRequiredService<SanadDb>().ReferralDayCounts
            .Where(c => c.State == ReferralState.InProgress).SumAsync(c => c.Count)) >= 1 ? 0 : throw new Xunit.Sdk.XunitException("in-progress not counted"));

        // The deadline watch expires the last one once its answer is past due.
        await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var id = new ReferralId(Guid.Parse(referralIds[3]));
            return await db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswerDueAt, DateTime.UtcNow.AddHours(-1)));
        });
        var expired = await app.ScopedAsync(sp => sp.GetRequiredService<ExpireOverdueReferrals>().RunAsync());
        Assert.True(expired >= 1);
        await AssertCountsMatchAsync();

        var seeded = await app.CliAsync("seed", "--people", "20", "--referrals-per-case", "2");
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        await AssertCountsMatchAsync();
    }

    private async Task AssertCountsMatchAsync()
    {
        var (kept, truth) = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var kept = (await db.ReferralDayCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
                .Select(c => $"{c.Day:yyyy-MM-dd} {c.FromAgencyId.Value} {c.ToAgencyId.Value} {c.State} {c.Count}").Order().ToList();
            var truth = (await db.Referrals.AsNoTracking().ToListAsync())
                .GroupBy(r => (Day: DateOnly.FromDateTime(r.SentAt), r.FromAgencyId, r.ToAgencyId, r.State))
                .Select(g => $"{g.Key.Day:yyyy-MM-dd} {g.Key.FromAgencyId.Value} {g.Key.ToAgencyId.Value} {g.Key.State} {g.Count()}").Order().ToList();
            return (kept, truth);
        });
        Assert.NotEmpty(truth);
        Assert.Equal(truth, kept);
    }
}
