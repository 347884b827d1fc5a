using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Consents;
using Sanad.Domain.Referrals;
using Sanad.Security.Encryption;
using Sanad.Tests.Support;

namespace Sanad.Tests.Cli;

/// <summary>`sanad seed --referrals-per-case K`: referrals a real chain could have produced, each allowed by a consent.</summary>
public sealed class SeedReferralsTests(SanadApp app) : IClassFixture<SanadApp>
{
    [Fact]
    public async Task Seeded_referrals_each_rest_on_a_consent_follow_the_state_machine_and_reach_the_receiver()
    {
        var result = await app.CliAsync("seed", "--people", "40", "--referrals-per-case", "2");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("referrals/s", result.Output);

        var checkedReferrals = await app.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<SanadDb>();
            var sealer = sp.GetRequiredService<FieldSealer>();
            var referrals = await db.Referrals.AsNoTracking().ToListAsync();
            var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.AgencyId);
            var consents = await db.Consents.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var transitions = (await db.ReferralTransitions.AsNoTracking().ToListAsync()).ToLookup(t => t.ReferralId);
            Assert.Equal(cases.Count * 2, referrals.Count);
            foreach (var r in referrals)
            {
                Assert.Equal(cases[r.CaseId], r.FromAgencyId);
                Assert.NotEqual(r.FromAgencyId, r.ToAgencyId);
                Assert.Contains(consents, c => c.CaseId == r.CaseId && c.AllowsSharingWith(r.ToAgencyId) && r.ScopeList.All(c.ScopeList.Contains));
                var steps = transitions[r.Id].OrderBy(t => t.Id).ToList();
                Assert.Equal(ReferralState.Sent, steps[0].To);
                Assert.Null(steps[0].From);
                Assert.Equal(r.State, steps[^1].To);
                // Each step follows the state machine from the one before.
                foreach (var (before, after) in steps.Zip(steps.Skip(1)))
                    Assert.Contains(Enum.GetValues<ReferralAction>(), a => Referral.Next(before.To, a) == after.To);
                Assert.False(string.IsNullOrWhiteSpace(await sealer.OpenAsync<string>(r.SealedReason, Referral.RecordType, r.Id.Value)));
            }
            Assert.Contains(referrals, r => r.State == ReferralState.Completed);

            // The deadlines that come with a busy chain: reflection periods and follow-ups of the case's own agency.
            Assert.NotEmpty(await db.ReflectionPeriods.IgnoreQueryFilters().ToListAsync());
            var followUps = await db.FollowUps.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            Assert.NotEmpty(followUps);
            var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.AgencyId);
            Assert.All(followUps, f => Assert.Equal(f.AgencyId, users[f.AssignedTo]));
            Assert.All(followUps, f => Assert.Equal(cases[f.CaseId], f.AgencyId));
            return referrals.Count;
        });
        Assert.True(checkedReferrals >= 80);

        // A second run adds none to cases that have referrals already.
        Assert.Equal(0, (await app.CliAsync("seed", "--referrals-per-case", "2")).ExitCode);
        Assert.Equal(checkedReferrals, await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().Referrals.CountAsync()));

        var incoming = await (await app.ApiAsync(Roles.Caseworker)).GetFromJsonAsync<JsonElement>("/api/v1/referrals?direction=incoming");
        Assert.True(incoming.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task A_count_of_referrals_out_of_range_is_refused()
    {
        var result = await app.CliAsync("seed", "--referrals-per-case", "11");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--referrals-per-case must be between 0 and 10", result.Error);
    }
}
