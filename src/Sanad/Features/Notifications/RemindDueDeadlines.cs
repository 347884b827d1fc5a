using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Notifications;
using Sanad.Security;

namespace Sanad.Features.Notifications;

public sealed class DeadlineReminderOptions
{
    public const string Section = "Deadlines";

    /// <summary>How often the watch looks; each person is reminded at most once a day whatever this is.</summary>
    public TimeSpan RemindEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A reflection period ending or a residence document expiring within this many days is due soon.</summary>
    public int LegalWithinDays { get; set; } = 7;

    /// <summary>A follow-up due within this many days is due soon.</summary>
    public int FollowUpsWithinDays { get; set; } = 1;
}

/// <summary>What one scan found: how many (agency, worker) pairs have something due, and how many people were reminded.</summary>
public sealed record DeadlineScan(int Holders, int Reminded);

/// <summary>
/// The node's deadline scan: over every open case, the reflection periods ending and residence
/// documents expiring soon or already, and the follow-ups due; each person who answers for one
/// (the case's assigned worker, or the agency's workers (<see cref="Cases.AgencyWorkers"/>) when nobody is
/// assigned; the follow-up's own worker) is reminded once a day, with a link to the work list and
/// nothing about the person. Three indexed reads joined into one; runs as the system.
/// </summary>
public sealed class RemindDueDeadlines(SanadDb db, Cases.AgencyWorkers workers, Notifier notifier, AuditTrail audit,
    IOptions<DeadlineReminderOptions> options, TimeProvider clock)
{
    public const string WorkList = "/";

    private sealed record Holder(Domain.Agencies.AgencyId AgencyId, Guid? WorkerId);

    public async Task<DeadlineScan> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var legalUntil = today.AddDays(options.Value.LegalWithinDays);
        var followUpsUntil = today.AddDays(options.Value.FollowUpsWithinDays);
        var open = db.Cases.IgnoreQueryFilters().Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.ClosedReferred);

        var reflection = db.ReflectionPeriods.IgnoreQueryFilters().Where(r => r.FollowedUpAt == null && r.EndsOn <= legalUntil)
            .Join(open, r => r.CaseId, c => c.Id, (r, c) => new { c.AgencyId, WorkerId = c.AssignedWorkerId });
        var documents = db.ResidenceDocuments.IgnoreQueryFilters().Where(d => d.ReplacedAt == null && d.ValidUntil != null && d.ValidUntil <= legalUntil)
            .Join(open, d => d.CaseId, c => c.Id, (d, c) => new { c.AgencyId, WorkerId = c.AssignedWorkerId });
        var followUps = db.FollowUps.IgnoreQueryFilters().Where(f => f.DoneOn == null && f.DueOn <= followUpsUntil)
            .Join(open, f => f.CaseId, c => c.Id, (f, c) => new { c.AgencyId, WorkerId = (Guid?)f.AssignedTo });
        var holders = (await reflection.Concat(documents).Concat(followUps).Distinct().ToListAsync(ct))
            .Select(h => new Holder(h.AgencyId, h.WorkerId)).ToList();

        // Nobody is reminded twice in a day, however often the watch runs.
        var since = now.Date;
        var remindedToday = await db.Notifications.Where(n => n.Kind == NotificationKind.DeadlinesDue && n.CreatedAt >= since)
            .Select(n => n.RecipientId).Distinct().ToListAsync(ct);
        var unassigned = holders.Where(h => h.WorkerId is null).Select(h => h.AgencyId).Distinct().ToList();
        var agencyWorkers = unassigned.Count == 0 ? [] : await workers.In(unassigned).Select(u => u.Id).ToListAsync(ct);
        var recipients = holders.Where(h => h.WorkerId is not null).Select(h => h.WorkerId!.Value).Concat(agencyWorkers)
            .Where(u => !remindedToday.Contains(u)).Distinct().ToList();
        var reminded = await notifier.ToUsersAsync(recipients, NotificationKind.DeadlinesDue, WorkList, ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendMailAsync(ct);
        // A scan that reminded nobody changed nothing and is not worth a line of the trail every hour.
        if (reminded > 0) await audit.RecordAsync("deadlines.reminded", AuditOutcome.Success, "case", null, $"holders:{holders.Count};reminded:{reminded}");
        return new DeadlineScan(holders.Count, reminded);
    }
}

/// <summary>Runs the deadline scan at start (a reminder missed while the node was stopped is sent then) and every <see cref="DeadlineReminderOptions.RemindEvery"/>.</summary>
public sealed class DeadlineReminderWatch(IServiceScopeFactory scopes, IOptions<DeadlineReminderOptions> options, TimeProvider clock, ILogger<DeadlineReminderWatch> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RemindDueDeadlines>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed scan (database briefly away) must not stop the watch: the next one catches up.
                log.LogWarning(e, "The deadline reminder scan failed; it runs again in {Interval}", options.Value.RemindEvery);
            }
            try
            {
                await Task.Delay(options.Value.RemindEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
