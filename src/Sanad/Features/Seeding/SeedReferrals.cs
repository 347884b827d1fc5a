using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Legal;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Referrals;
using Sanad.Features.Referrals;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Seeding;

/// <summary>
/// Gives seeded cases the referrals a busy mechanism would have: each referral to another agency
/// with the consent that allows it, a sealed reason, its answer deadline from the jurisdiction, and
/// the states and history of a real chain (most answered and under way or completed, some declined
/// or expired, a few still waiting); and the deadlines that come with them: a reflection period on
/// a fifth of the cases, a follow-up (sealed) for a third, assigned to a worker of the agency.
/// For benchmarks: never on a production node.
/// </summary>
public sealed class SeedReferrals(SanadDb db, FieldSealer sealer, IReferralDeadlines deadlines, Cases.AgencyWorkers agencyWorkers, AuditTrail audit,
    NodeSettingsCache settings, TimeProvider clock)
{
    private const int CasesPerBatch = 2000;
    private static readonly string[] Reasons =
    [
        "Needs a safe shelter tonight.", "Needs legal aid for a labour complaint.", "Needs medical care and psychosocial support.",
        "Wants to return home: needs travel documents.", "Needs an interpreter for her statement.",
    ];

    private sealed record CaseRow(CaseId Id, AgencyId AgencyId, DateTime OpenedAt, bool InReflection);

    private sealed record Prepared(IReadOnlyList<Consent> Consents, IReadOnlyList<Referral> Referrals, IReadOnlyList<ReferralTransition> Transitions,
        IReadOnlyList<ReflectionPeriod> ReflectionPeriods, IReadOnlyList<FollowUp> FollowUps);

    /// <summary>Adds <paramref name="perCase"/> referrals to every case that has none yet; returns how many it wrote.</summary>
    public async Task<int> WriteAsync(int perCase, Action<int>? progress = null, CancellationToken ct = default)
    {
        var country = (await settings.GetAsync()).Country;
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive).Select(a => a.Id).ToListAsync(ct);
        if (agencies.Count < 2) return 0;
        var workers = (await agencyWorkers.In(agencies).Select(u => new { u.AgencyId, u.Id }).ToListAsync(ct))
            .GroupBy(w => w.AgencyId).ToDictionary(g => g.Key, g => g.Select(w => w.Id).ToArray());
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => !db.Referrals.Any(r => r.CaseId == c.Id))
            // A case may already have its one reflection period (a demo case without a referral): it gets no second.
            .OrderBy(c => c.OpenedAt)
            .Select(c => new CaseRow(c.Id, c.AgencyId, c.OpenedAt, db.ReflectionPeriods.Any(p => p.CaseId == c.Id))).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Warm the key ring once, so the parallel sealing below never loads a key.
        await sealer.SealAsync("", Referral.RecordType, Guid.Empty, ct);
        var written = 0;
        var batchNumber = 0;
        foreach (var batch in cases.Chunk(CasesPerBatch))
        {
            var prepared = await PrepareAsync(batch, perCase, agencies, workers, country, now, batchNumber++, ct);
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await using (var bulk = BulkInsert.For(db))
                {
                    await bulk.InsertAsync(prepared.Consents, ct);
                    await bulk.InsertAsync(prepared.Referrals, ct);
                    await bulk.InsertAsync(prepared.Transitions, ct);
                    await bulk.InsertAsync(prepared.ReflectionPeriods, ct);
                    await bulk.InsertAsync(prepared.FollowUps, ct);
                }
                await tx.CommitAsync(ct);
            }
            written += prepared.Referrals.Count;
            progress?.Invoke(written);
        }
        // The bulk path bypasses the change tracker that keeps the overview's day counts.
        await ReferralDayCounting.RebuildAsync(db, ct);
        await audit.RecordAsync("referrals.seeded", AuditOutcome.Success, Referral.RecordType, null, $"count:{written}");
        return written;
    }

    private async Task<Prepared> PrepareAsync(CaseRow[] batch, int perCase, List<AgencyId> agencies, Dictionary<AgencyId, Guid[]> workers,
        string country, DateTime now, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var consents = new List<Consent>(batch.Length * perCase);
        var referrals = new List<Referral>(batch.Length * perCase);
        var transitions = new List<ReferralTransition>(batch.Length * perCase * 3);
        var periods = new List<ReflectionPeriod>(batch.Length / 4);
        var followUps = new List<FollowUp>(batch.Length / 2);
        var today = DateOnly.FromDateTime(now);
        foreach (var c in batch)
        {
            var opened = DateOnly.FromDateTime(c.OpenedAt);
            if (random.NextDouble() < 0.2 && !c.InReflection)
                periods.Add(ReflectionPeriod.Start(c.Id, c.AgencyId, opened, opened.AddDays(45), null, null, c.OpenedAt));
            if (random.NextDouble() < 0.33 && workers.TryGetValue(c.AgencyId, out var staff))
                followUps.Add(FollowUp.Plan(c.Id, c.AgencyId, today.AddDays(random.Next(-30, 60)), staff[random.Next(staff.Length)], null, c.OpenedAt));
            for (var i = 0; i < perCase; i++)
            {
                var to = agencies[random.Next(agencies.Count)];
                if (to == c.AgencyId) to = agencies[(agencies.IndexOf(to) + 1) % agencies.Count];
                var sentAt = Min(now, c.OpenedAt + TimeSpan.FromHours(random.Next(1, 24 * 90)));
                var urgency = random.NextDouble() < 0.15 ? ReferralUrgency.Urgent : ReferralUrgency.Normal;
                string[] scope = random.NextDouble() < 0.5 ? [DataScopes.Operational] : [DataScopes.Operational, DataScopes.Identifying];
                consents.Add(Consent.Record(c.Id, c.AgencyId, ConsentPurpose.Referral, to, scope, ConsentMethod.Written,
                    DateOnly.FromDateTime(sentAt), null, sentAt));
                var referral = Referral.Send(c.Id, c.AgencyId, to, null, urgency, scope, null, sentAt, deadlines.AnswerDueBy(sentAt, urgency, country));
                referrals.Add(referral);
                transitions.Add(ReferralTransition.Record(referral.Id, null, ReferralState.Sent, null, sentAt));
                foreach (var (action, at) in Journey(referral, random, now))
                {
                    var from = referral.Move(action, at);
                    transitions.Add(ReferralTransition.Record(referral.Id, from, referral.State, null, at));
                }
            }
        }
        await Parallel.ForEachAsync(referrals, ct, async (r, token) =>
            r.SealReason(await sealer.SealAsync(Reasons[r.Id.Value.GetHashCode() & 3], Referral.RecordType, r.Id.Value, token)));
        await Parallel.ForEachAsync(followUps, ct, async (f, token) =>
            f.SealWhat(await sealer.SealAsync("Call her about the next appointment.", FollowUp.RecordType, f.Id.Value, token)));
        return new Prepared(consents, referrals, transitions, periods, followUps);
    }

    /// <summary>
    /// What happened to a referral after it was sent: a referral still within its deadline may wait;
    /// past it, it was answered in time or expired; answered ones were mostly accepted and taken on.
    /// </summary>
    private static IEnumerable<(ReferralAction, DateTime)> Journey(Referral r, Random random, DateTime now)
    {
        var answeredAt = r.SentAt + (r.AnswerDueAt - r.SentAt) * random.NextDouble();
        if (answeredAt > now) yield break;
        var roll = random.NextDouble();
        if (roll < 0.04)
        {
            if (r.AnswerDueAt <= now) yield return (ReferralAction.Expire, r.AnswerDueAt);
            yield break;
        }
        if (roll < 0.10) { yield return (ReferralAction.Decline, answeredAt); yield break; }
        if (roll < 0.13) { yield return (ReferralAction.Cancel, answeredAt); yield break; }
        yield return (ReferralAction.Accept, answeredAt);
        var started = answeredAt + TimeSpan.FromDays(random.Next(0, 7));
        if (started > now || random.NextDouble() < 0.1) yield break;
        yield return (ReferralAction.Start, started);
        var completed = started + TimeSpan.FromDays(random.Next(3, 120));
        if (completed > now || random.NextDouble() < 0.35) yield break;
        yield return (ReferralAction.Complete, completed);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
