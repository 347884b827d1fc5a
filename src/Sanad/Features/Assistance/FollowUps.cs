using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Assistance;

/// <summary>A follow-up of a case; texts are null for a caller who does not see the case's sensitive tier.</summary>
public sealed record FollowUpView(Guid Id, Guid CaseId, DateOnly DueOn, string? What, Guid AssignedTo, string AssignedName,
    DateOnly? DoneOn, string? DoneNote, bool Overdue);

/// <summary>Follow-ups of one case: planned for a worker of the owning agency, marked done with a note.</summary>
public sealed class FollowUps(SanadDb db, CaseGate gate, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    private const string DoneNoteType = FollowUp.RecordType + ":done";

    public async Task<Result<IReadOnlyList<FollowUpView>>> ListAsync(CaseId id, CancellationToken ct = default)
    {
        var owner = await gate.VisibleAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == id)
            .Join(db.Users, f => f.AssignedTo, u => u.Id, (f, u) => new { FollowUp = f, u.DisplayName })
            .OrderBy(r => r.FollowUp.DoneOn != null).ThenBy(r => r.FollowUp.DueOn).ToListAsync(ct);
        var opens = gate.SeesTexts(owner.Value);
        var today = Today;
        var views = new List<FollowUpView>(rows.Count);
        foreach (var (f, name) in rows.Select(r => (r.FollowUp, r.DisplayName)))
        {
            var what = opens ? await sealer.OpenAsync<string>(f.SealedWhat, FollowUp.RecordType, f.Id.Value, ct) : null;
            var note = opens && f.SealedDoneNote is { } sealedNote ? await sealer.OpenAsync<string>(sealedNote, DoneNoteType, f.Id.Value, ct) : null;
            views.Add(new FollowUpView(f.Id.Value, f.CaseId.Value, f.DueOn, what, f.AssignedTo, name, f.DoneOn, note, FollowUp.IsOverdue(f.DueOn, f.DoneOn, today)));
        }
        await audit.RecordAsync("assistance.follow-ups-read", AuditOutcome.Success, "case", id.ToString());
        return views;
    }

    public async Task<Result<Guid>> AddAsync(CaseId id, FollowUpInput input, CancellationToken ct = default)
    {
        var owner = await gate.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var worker = input.AssignedTo ?? caller.UserId!.Value;
        if (!await IsWorkerOfAsync(worker, owner.Value, ct))
            return Error.Invalid("Assign the follow-up to a worker of the case's agency.") with { Field = "assignedTo" };
        var followUp = FollowUp.Plan(id, owner.Value, IsoDate.Parse(input.DueOn)!.Value, worker, caller.UserId, clock.GetUtcNow().UtcDateTime);
        followUp.SealWhat(await sealer.SealAsync(input.What.Trim(), FollowUp.RecordType, followUp.Id.Value, ct));
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("assistance.follow-up-added", AuditOutcome.Success, "case", id.ToString(), followUp.Id.ToString());
        return followUp.Id.Value;
    }

    public async Task<Result<Guid>> DoneAsync(FollowUpId id, FollowUpDoneInput input, CancellationToken ct = default)
    {
        // The agency filter hides another agency's follow-ups: 404.
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (followUp is null) return Error.NotFound();
        var owner = gate.Writable(followUp.AgencyId);
        if (!owner.Succeeded) return owner.Error!;
        var doneOn = IsoDate.Parse(input.DoneOn) ?? Today;
        if (doneOn > Today) return Error.Invalid("A follow-up cannot be done in the future.") with { Field = "doneOn" };
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : await sealer.SealAsync(input.Note.Trim(), DoneNoteType, followUp.Id.Value, ct);
        if (followUp.Done(doneOn, note, caller.UserId) is { } refused) return refused;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("This follow-up is already done.");
        }
        await audit.RecordAsync("assistance.follow-up-done", AuditOutcome.Success, "case", followUp.CaseId.ToString(), id.ToString());
        return followUp.CaseId.Value;
    }

    /// <summary>The workers a follow-up may be assigned to: active users of the case's agency.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> WorkersAsync(AgencyId agency, CancellationToken ct = default) =>
        (await db.Users.AsNoTracking().Where(u => u.AgencyId == agency && u.DisabledAt == null).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();

    private Task<bool> IsWorkerOfAsync(Guid user, AgencyId agency, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == user && u.AgencyId == agency && u.DisabledAt == null, ct);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
