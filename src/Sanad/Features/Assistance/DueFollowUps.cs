using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Assistance;

/// <summary>Which open follow-ups to list: due in the next <see cref="Days"/> days (today included), or overdue; the caller's own or the whole agency's.</summary>
public sealed record DueFilter(bool Overdue, int Days, bool WholeAgency)
{
    public const int MaxDays = 366;

    /// <summary>Reads the API's <c>due=within:7|overdue</c> and <c>assignedTo=me|agency</c>; null when either is not understood.</summary>
    public static DueFilter? Parse(string? due, string? assignedTo)
    {
        var whole = assignedTo switch { null or "" or "me" => false, "agency" => true, _ => (bool?)null };
        if (whole is null) return null;
        if (due is "overdue") return new(true, 0, whole.Value);
        if (string.IsNullOrEmpty(due)) return new(false, 7, whole.Value);
        return due.StartsWith("within:") && int.TryParse(due["within:".Length..], out var days) && days is >= 0 and <= MaxDays
            ? new(false, days, whole.Value) : null;
    }
}

public sealed record DueFollowUpLine(Guid Id, Guid CaseId, string CaseReference, DateOnly DueOn, Guid AssignedTo, string? What, bool Overdue);

/// <summary>
/// The follow-ups a worker (or the agency) must do soon, or should already have done: the
/// follow-up half of a caseworker's work list. One query over the open-follow-up partial index
/// (agency or worker, then due date), joined to the case for its reference, at most
/// <see cref="Limit"/> rows, earliest first.
/// </summary>
public sealed class DueFollowUps(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public const int Limit = 200;

    public async Task<Result<IReadOnlyList<DueFollowUpLine>>> ListAsync(DueFilter filter, CancellationToken ct = default)
    {
        if (caller.AgencyId is not { } agency || caller.UserId is not { } me) return Error.NotFound();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = db.FollowUps.AsNoTracking().Where(f => f.DoneOn == null);
        open = filter.WholeAgency ? open.Where(f => f.AgencyId == agency) : open.Where(f => f.AssignedTo == me && f.AgencyId == agency);
        if (filter.Overdue)
            open = open.Where(f => f.DueOn < today);
        else
        {
            var last = today.AddDays(filter.Days);
            open = open.Where(f => f.DueOn >= today && f.DueOn <= last);
        }
        var rows = await open.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(Limit)
            .Join(db.Cases, f => f.CaseId, c => c.Id, (f, c) => new { f.Id, f.CaseId, c.Reference, f.DueOn, f.AssignedTo, f.SealedWhat })
            .ToListAsync(ct);
        var opens = caller.SeesIdentityIn(agency);
        var lines = new List<DueFollowUpLine>(rows.Count);
        foreach (var r in rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id.Value))
        {
            var what = opens ? await sealer.OpenAsync<string>(r.SealedWhat, Domain.Assistance.FollowUp.RecordType, r.Id.Value, ct) : null;
            lines.Add(new DueFollowUpLine(r.Id.Value, r.CaseId.Value, r.Reference, r.DueOn, r.AssignedTo, what, r.DueOn < today));
        }
        await audit.RecordAsync("assistance.due-follow-ups-read", AuditOutcome.Success, "follow-up", null,
            $"{(filter.Overdue ? "overdue" : "within:" + filter.Days)};{(filter.WholeAgency ? "agency" : "me")};rows:{lines.Count}");
        return lines;
    }
}
