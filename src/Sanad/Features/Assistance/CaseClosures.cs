using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Assistance;

public sealed record ClosureRequestView(long Id, string Reason, string? Note, Guid? RequestedBy, DateTime RequestedAt,
    string State, Guid? DecidedBy, DateTime? DecidedAt, string? Comment);

public sealed record ReopeningView(long Id, string? Reason, Guid? ReopenedBy, DateTime ReopenedAt);

/// <summary>A case's closure: its status, the request waiting for a decision if any, and every request and reopening.</summary>
public sealed record CaseClosureView(Guid CaseId, string Status, int Version, ClosureRequestView? Waiting,
    IReadOnlyList<ClosureRequestView> Requests, IReadOnlyList<ReopeningView> Reopenings);

/// <summary>
/// Closing a case takes two people: a worker of the owning agency asks, with an HTCDS closure
/// reason; a supervisor of that agency approves (the case becomes closed, or closed-referred when
/// it was handed over) or refuses with a comment. A supervisor reopens a closed case with a
/// reason. Status changes are case history lines; free texts are sealed.
/// </summary>
public sealed class CaseClosures(SanadDb db, CaseGate gate, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    private const string StaleCase = "Someone else changed this case since you opened it. Reload it and make your change again.";
    private const string CommentType = CaseClosure.RecordType + ":comment";

    public async Task<Result<CaseClosureView>> ReadAsync(CaseId id, CancellationToken ct = default)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.AgencyId, c.Status, c.Version }).SingleOrDefaultAsync(ct);
        if (found is null) return Error.NotFound();
        var opens = gate.SeesTexts(found.AgencyId);
        var requests = new List<ClosureRequestView>();
        foreach (var r in await db.CaseClosures.AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.Id).ToListAsync(ct))
            requests.Add(new ClosureRequestView(r.Id, r.Reason,
                opens && r.SealedNote is { } note ? await sealer.OpenAsync<string>(note, CaseClosure.RecordType, r.SealingId, ct) : null,
                r.RequestedBy, r.RequestedAt, Codes.Of(r.State), r.DecidedBy, r.DecidedAt,
                opens && r.SealedComment is { } comment ? await sealer.OpenAsync<string>(comment, CommentType, r.SealingId, ct) : null));
        var reopenings = new List<ReopeningView>();
        foreach (var r in await db.CaseReopenings.AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.Id).ToListAsync(ct))
            reopenings.Add(new ReopeningView(r.Id, opens ? await sealer.OpenAsync<string>(r.SealedReason, CaseReopening.RecordType, r.SealingId, ct) : null,
                r.ReopenedBy, r.ReopenedAt));
        await audit.RecordAsync("case.closure-read", AuditOutcome.Success, "case", id.ToString());
        return new CaseClosureView(id.Value, Codes.Of(found.Status), found.Version,
            requests.FirstOrDefault(r => r.State == Codes.Of(ClosureState.Requested)), requests, reopenings);
    }

    public async Task<Result<long>> RequestAsync(CaseId id, ClosureRequestInput input, CancellationToken ct = default)
    {
        var owner = await gate.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var status = await db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(ct);
        if (ClosureReasons.IsClosed(status)) return Error.Conflict("This case is already closed.");
        if (await db.CaseClosures.AnyAsync(r => r.CaseId == id && r.State == ClosureState.Requested, ct)) return Error.Conflict(AlreadyWaiting);
        var now = clock.GetUtcNow().UtcDateTime;
        var request = CaseClosure.Request(id, input.Reason, caller.UserId, now);
        if (!string.IsNullOrWhiteSpace(input.Note))
            request.SealNote(await sealer.SealAsync(input.Note.Trim(), CaseClosure.RecordType, request.SealingId, ct));
        db.CaseClosures.Add(request);
        db.CaseHistory.Add(CaseHistoryEntry.Record(id, new CaseFieldChange("closureRequest", null, input.Reason), caller.UserId, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index on waiting requests: someone asked at the same moment.
            return Error.Conflict(AlreadyWaiting);
        }
        await audit.RecordAsync("case.closure-requested", AuditOutcome.Success, "case", id.ToString(), input.Reason);
        return request.Id;
    }

    private const string AlreadyWaiting = "A closure request is already waiting for a supervisor's decision.";

    /// <summary>Closes the case with the request's reason; returns the case's new version.</summary>
    public async Task<Result<int>> ApproveAsync(CaseId id, CancellationToken ct = default)
    {
        var owner = await gate.SupervisedAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await WaitingAsync(id, ct) is not { } request) return Error.Conflict(NothingWaiting);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Approve(caller.UserId, now) is { } refused) return refused;
        var found = await db.Cases.SingleAsync(c => c.Id == id, ct);
        var changes = found.Apply(new CaseChange(Status: ClosureReasons.StatusFor(request.Reason)), now).Append(new CaseFieldChange("closureReason", null, request.Reason));
        foreach (var change in changes)
            db.CaseHistory.Add(CaseHistoryEntry.Record(id, change, caller.UserId, now));
        if (await SavedAsync(ct) is { } clash) return clash;
        await audit.RecordAsync("case.closure-approved", AuditOutcome.Success, "case", id.ToString(), request.Reason);
        return found.Version;
    }

    public async Task<Result<int>> RefuseAsync(CaseId id, ClosureRefusalInput input, CancellationToken ct = default)
    {
        var owner = await gate.SupervisedAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await WaitingAsync(id, ct) is not { } request) return Error.Conflict(NothingWaiting);
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = await sealer.SealAsync(input.Comment.Trim(), CommentType, request.SealingId, ct);
        if (request.Refuse(caller.UserId, now, comment) is { } refused) return refused;
        db.CaseHistory.Add(CaseHistoryEntry.Record(id, new CaseFieldChange("closureRequest", request.Reason, "refused"), caller.UserId, now));
        if (await SavedAsync(ct) is { } clash) return clash;
        await audit.RecordAsync("case.closure-refused", AuditOutcome.Success, "case", id.ToString(), request.Reason);
        return await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(ct);
    }

    /// <summary>Reopens a closed case; returns the case's new version.</summary>
    public async Task<Result<int>> ReopenAsync(CaseId id, ReopenInput input, CancellationToken ct = default)
    {
        var owner = await gate.SupervisedAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var found = await db.Cases.SingleAsync(c => c.Id == id, ct);
        if (!ClosureReasons.IsClosed(found.Status)) return Error.Conflict("Only a closed case can be reopened.");
        var now = clock.GetUtcNow().UtcDateTime;
        var reopening = CaseReopening.Record(id, caller.UserId, now);
        reopening.SealReason(await sealer.SealAsync(input.Reason.Trim(), CaseReopening.RecordType, reopening.SealingId, ct));
        db.CaseReopenings.Add(reopening);
        foreach (var change in found.Apply(new CaseChange(Status: CaseStatus.Active), now))
            db.CaseHistory.Add(CaseHistoryEntry.Record(id, change, caller.UserId, now));
        if (await SavedAsync(ct) is { } clash) return clash;
        await audit.RecordAsync("case.reopened", AuditOutcome.Success, "case", id.ToString());
        return found.Version;
    }

    private const string NothingWaiting = "No closure request is waiting for a decision on this case.";

    private Task<CaseClosure?> WaitingAsync(CaseId id, CancellationToken ct) =>
        db.CaseClosures.SingleOrDefaultAsync(r => r.CaseId == id && r.State == ClosureState.Requested, ct);

    private async Task<Error?> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict(StaleCase);
        }
    }
}
