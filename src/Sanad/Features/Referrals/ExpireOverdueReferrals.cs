using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Features.Notifications;
using Sanad.Security;

namespace Sanad.Features.Referrals;

/// <summary>
/// Expires the referrals still unanswered past their deadline, oldest deadline first, at most one
/// batch per run (the index on state and due date keeps the scan cheap), and escalates each one: the
/// sending agency's supervisors and the country's coordinators are told. A referral answered at the
/// same moment wins: its version has moved, and the expiry of that one is skipped.
/// </summary>
public sealed class ExpireOverdueReferrals(SanadDb db, AuditTrail audit, Notifier notifier, IOptions<ReferralOptions> options, TimeProvider clock)
{
    /// <summary>Returns how many referrals it looked at: a full batch means more may be waiting.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Referrals.Where(r => r.State == ReferralState.Sent && r.AnswerDueAt <= now)
            .OrderBy(r => r.AnswerDueAt).Take(options.Value.ScanBatch).Select(r => r.Id).ToListAsync(ct);
        foreach (var id in overdue)
        {
            db.ChangeTracker.Clear();
            notifier.Discard();
            var referral = await db.Referrals.SingleAsync(r => r.Id == id, ct);
            if (referral.Move(ReferralAction.Expire, now) is not { } previous) continue;
            db.ReferralTransitions.Add(ReferralTransition.Record(referral.Id, previous, referral.State, null, now));
            await notifier.ToAgencyAsync(referral.FromAgencyId, [Roles.Supervisor], NotificationKind.ReferralOverdue, referral.Id, ct);
            await notifier.ToRoleAsync(Roles.Coordinator, NotificationKind.ReferralOverdue, referral.Id, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }
            await notifier.SendMailAsync(ct);
            await audit.RecordAsync("referral.expired", AuditOutcome.Success, Referral.RecordType, id.ToString(), $"due:{referral.AnswerDueAt:O}");
        }
        return overdue.Count;
    }
}

/// <summary>
/// Runs <see cref="ExpireOverdueReferrals"/> at start (catching up on deadlines that passed while the
/// node was stopped) and then every <c>Referrals:ScanEvery</c>, on the node's <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReferralDeadlineWatch(IServiceScopeFactory scopes, IOptions<ReferralOptions> options, TimeProvider clock, ILogger<ReferralDeadlineWatch> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var looked = 0;
            try
            {
                using var scope = scopes.CreateScope();
                looked = await scope.ServiceProvider.GetRequiredService<ExpireOverdueReferrals>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed scan (database briefly away) must not stop the watch: the next one catches up.
                log.LogWarning(e, "The referral deadline scan failed; it runs again in {Interval}", options.Value.ScanEvery);
            }
            if (looked >= options.Value.ScanBatch) continue;
            try
            {
                await Task.Delay(options.Value.ScanEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
