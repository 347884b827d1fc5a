using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Referrals;
using Sanad.Features.Legal;
using Sanad.Features.Services;
using Sanad.Security;

namespace Sanad.Features.WorkLists;

public sealed record MyCaseLine(Guid Id, string Reference, string Status, DateTime UpdatedAt);

/// <summary>
/// A referral on a work list. <see cref="CaseReference"/> is the sender's case reference: always for
/// the sender; for the receiver only while the referral carries the operational scope and no consent
/// it relied on was withdrawn (the reference is operational data of the case). Never a name.
/// </summary>
public sealed record ReferralLine(Guid Id, Guid? CaseId, string? CaseReference, Guid FromAgencyId, string FromAgency, Guid ToAgencyId, string ToAgency,
    string State, string Urgency, DateTime SentAt, DateTime AnswerDueAt, bool Overdue, bool ConsentWithdrawn);

/// <summary>A follow-up on the work list: which case and when, not what (the text may name the person).</summary>
public sealed record FollowUpLine(Guid Id, Guid CaseId, string CaseReference, DateOnly DueOn, bool Overdue);

public sealed record PlanWaitingLine(Guid CaseId, string CaseReference, int Number, DateTime? SubmittedAt);

public sealed record ClosureWaitingLine(Guid CaseId, string CaseReference, string Reason, DateTime RequestedAt);

/// <summary>
/// What waits for the caller. A part the caller's roles do not reach is absent (null), not empty:
/// the provider has no case files, so only its incoming referrals; only a supervisor decides on
/// plans and closures; the legal deadlines are for the roles that read the legal track.
/// </summary>
public sealed record WorkList(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MyCaseLine>? MyCases,
    IReadOnlyList<ReferralLine> IncomingWaiting,
    IReadOnlyList<ReferralLine> IncomingInProgress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FollowUpLine>? FollowUps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LegalDeadline>? LegalDeadlines,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReferralLine>? OutgoingUnanswered,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PlanWaitingLine>? PlansWaiting,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ClosureWaitingLine>? ClosuresWaiting);

/// <summary>
/// The caller's work list: one bounded query per list, each served by an index that starts with
/// the caller's agency or user id (decision 0028), so its cost follows the size of the list, not of
/// the node. Every list is filtered by the caller's own agency explicitly, not only by the agency
/// wall, so a coordinator who also works cases sees their agency's list, not the country's.
/// </summary>
public sealed class ReadWorkList(SanadDb db, LegalDeadlines legal, AgencyNameBook agencies, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    /// <summary>Each list shows at most this many lines, the most pressing first; the full lists are on their own pages.</summary>
    public const int Limit = 50;
    /// <summary>Tasks due within this many days (today included) are "due soon"; earlier ones are overdue.</summary>
    public const int DueWithinDays = 7;

    public static bool IsFor(AccessScope scope) => !scope.IsAdmin && Roles.WorkListRoles.Any(scope.IsInRole);

    public async Task<Result<WorkList>> ForCallerAsync(CancellationToken ct = default)
    {
        if (caller.AgencyId is not { } agency || caller.UserId is not { } me) return Error.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var hasCaseFiles = Roles.CaseFileRoles.Any(caller.IsInRole);

        var list = new WorkList(
            hasCaseFiles ? await MyCasesAsync(agency, me, ct) : null,
            await IncomingAsync(agency, waiting: true, now, ct),
            await IncomingAsync(agency, waiting: false, now, ct),
            hasCaseFiles ? await FollowUpsAsync(agency, me, today, ct) : null,
            LegalAccess.WriterRoles.Any(caller.IsInRole) ? await LegalDeadlinesAsync(agency, ct) : null,
            hasCaseFiles ? await OutgoingUnansweredAsync(agency, now, ct) : null,
            caller.IsInRole(Roles.Supervisor) ? await PlansWaitingAsync(agency, ct) : null,
            caller.IsInRole(Roles.Supervisor) ? await ClosuresWaitingAsync(agency, ct) : null);
        await audit.RecordAsync("worklist.read", AuditOutcome.Success, "work-list", null,
            $"cases:{list.MyCases?.Count};incoming:{list.IncomingWaiting.Count}+{list.IncomingInProgress.Count};follow-ups:{list.FollowUps?.Count};outgoing:{list.OutgoingUnanswered?.Count}");
        return list;
    }

    /// <summary>Open cases assigned to the caller, last changed first (index on agency, assigned worker, status, last change).</summary>
    private async Task<IReadOnlyList<MyCaseLine>> MyCasesAsync(AgencyId agency, Guid me, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.AssignedWorkerId == me && (c.Status == CaseStatus.Active || c.Status == CaseStatus.FollowUp) && c.AgencyId == agency)
            .OrderByDescending(c => c.UpdatedAt).Take(Limit)
            .Select(c => new { c.Id, c.Reference, c.Status, c.UpdatedAt }).ToListAsync(ct);
        return rows.Select(c => new MyCaseLine(c.Id.Value, c.Reference, Codes.Of(c.Status), c.UpdatedAt)).ToList();
    }

    /// <summary>
    /// Referrals sent to the agency and waiting for its answer, or accepted and in progress; oldest
    /// first (the order of the index on receiver, state and sending time), shown by answer deadline.
    /// The sender's case is read past the agency wall for its reference only, and only when the
    /// referral's scope lets the receiver see it.
    /// </summary>
    private async Task<IReadOnlyList<ReferralLine>> IncomingAsync(AgencyId agency, bool waiting, DateTime now, CancellationToken ct)
    {
        // States as literals, not a list parameter: each is then one range of the index.
        var incoming = db.Referrals.AsNoTracking().Where(r => r.ToAgencyId == agency);
        incoming = waiting
            ? incoming.Where(r => r.State == ReferralState.Sent)
            : incoming.Where(r => r.State == ReferralState.Accepted || r.State == ReferralState.InProgress);
        var rows = await (
                from r in incoming.OrderBy(r => r.SentAt).Take(Limit)
                join c in db.Cases.IgnoreQueryFilters() on r.CaseId equals c.Id
                select new ReferralRow(r.Id, null, r.Scope.Contains(DataScopes.Operational) && r.ConsentWithdrawnAt == null ? c.Reference : null,
                    r.FromAgencyId, r.ToAgencyId, r.State, r.Urgency, r.SentAt, r.AnswerDueAt, r.ConsentWithdrawnAt != null))
            .ToListAsync(ct);
        return await LinesAsync(rows, now, ct);
    }

    /// <summary>Referrals the agency sent that still wait for an answer, oldest first.</summary>
    private async Task<IReadOnlyList<ReferralLine>> OutgoingUnansweredAsync(AgencyId agency, DateTime now, CancellationToken ct)
    {
        var rows = await (
                from r in db.Referrals.AsNoTracking().Where(r => r.FromAgencyId == agency && r.State == ReferralState.Sent).OrderBy(r => r.SentAt).Take(Limit)
                join c in db.Cases on r.CaseId equals c.Id
                select new ReferralRow(r.Id, (CaseId?)c.Id, c.Reference, r.FromAgencyId, r.ToAgencyId, r.State, r.Urgency, r.SentAt, r.AnswerDueAt, r.ConsentWithdrawnAt != null))
            .ToListAsync(ct);
        return await LinesAsync(rows, now, ct);
    }

    private sealed record ReferralRow(ReferralId Id, CaseId? CaseId, string? CaseReference, AgencyId From, AgencyId To, ReferralState State,
        ReferralUrgency Urgency, DateTime SentAt, DateTime AnswerDueAt, bool ConsentWithdrawn);

    private async Task<IReadOnlyList<ReferralLine>> LinesAsync(List<ReferralRow> rows, DateTime now, CancellationToken ct)
    {
        var names = await agencies.AllAsync(ct);
        string Name(AgencyId id) => names.TryGetValue(id, out var found) ? found.Name : id.ToString();
        return rows.OrderBy(r => r.AnswerDueAt).ThenBy(r => r.Id.Value)
            .Select(r => new ReferralLine(r.Id.Value, r.CaseId?.Value, r.CaseReference, r.From.Value, Name(r.From), r.To.Value, Name(r.To),
                Codes.Of(r.State), Codes.Of(r.Urgency), r.SentAt, r.AnswerDueAt, r.State == ReferralState.Sent && r.AnswerDueAt < now, r.ConsentWithdrawn))
            .ToList();
    }

    /// <summary>
    /// The caller's open follow-ups due within <see cref="DueWithinDays"/> days or overdue: one range
    /// of the open-follow-up index by worker (<c>IX_follow_ups_open_by_worker</c>), earliest first.
    /// </summary>
    private async Task<IReadOnlyList<FollowUpLine>> FollowUpsAsync(AgencyId agency, Guid me, DateOnly today, CancellationToken ct)
    {
        var last = today.AddDays(DueWithinDays);
        // The agency is checked on the case, not the follow-up: a condition on the follow-up's agency
        // would let the database read the agency's index instead of the worker's.
        var rows = await db.FollowUps.AsNoTracking()
            .Where(f => f.DoneOn == null && f.AssignedTo == me && f.DueOn <= last)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(Limit)
            .Join(db.Cases.Where(c => c.AgencyId == agency), f => f.CaseId, c => c.Id, (f, c) => new { f.Id, f.CaseId, c.Reference, f.DueOn })
            .ToListAsync(ct);
        return rows.OrderBy(f => f.DueOn).ThenBy(f => f.Id.Value)
            .Select(f => new FollowUpLine(f.Id.Value, f.CaseId.Value, f.Reference, f.DueOn, FollowUp.IsOverdue(f.DueOn, null, today))).ToList();
    }

    /// <summary>The agency's reflection periods ending and documents expiring, overdue or within the week (<see cref="LegalDeadlines"/>).</summary>
    private Task<IReadOnlyList<LegalDeadline>> LegalDeadlinesAsync(AgencyId agency, CancellationToken ct) =>
        legal.ForAgencyAsync(agency, DueWithinDays, Limit, ct);

    /// <summary>Plans submitted for a supervisor's approval, longest waiting first (index on agency, state, submission time).</summary>
    private async Task<IReadOnlyList<PlanWaitingLine>> PlansWaitingAsync(AgencyId agency, CancellationToken ct)
    {
        var rows = await db.AssistancePlans.AsNoTracking()
            .Where(p => p.AgencyId == agency && p.State == PlanState.Submitted)
            .OrderBy(p => p.SubmittedAt).Take(Limit)
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => new { p.CaseId, c.Reference, p.Number, p.SubmittedAt })
            .ToListAsync(ct);
        return rows.OrderBy(p => p.SubmittedAt).Select(p => new PlanWaitingLine(p.CaseId.Value, p.Reference, p.Number, p.SubmittedAt)).ToList();
    }

    /// <summary>
    /// Closure requests waiting for a decision, longest waiting first. The partial index on waiting
    /// requests holds only undecided ones, country-wide: few, since each is decided within days.
    /// </summary>
    private async Task<IReadOnlyList<ClosureWaitingLine>> ClosuresWaitingAsync(AgencyId agency, CancellationToken ct)
    {
        // The agency as a condition on each waiting request (EXISTS), not as a join: joined, SQLite would
        // start from the agency's cases (all of them) and look each one up among the requests.
        var rows = await db.CaseClosures.AsNoTracking()
            .Where(r => r.State == ClosureState.Requested && db.Cases.Any(c => c.Id == r.CaseId && c.AgencyId == agency))
            .OrderBy(r => r.RequestedAt).Take(Limit)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.CaseId, c.Reference, r.Reason, r.RequestedAt })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.RequestedAt).Select(r => new ClosureWaitingLine(r.CaseId.Value, r.Reference, r.Reason, r.RequestedAt)).ToList();
    }
}
