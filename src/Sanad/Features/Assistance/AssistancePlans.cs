using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Assistance;

/// <summary>A goal; its text is null for a caller who does not see the case's sensitive tier (the coordinator).</summary>
public sealed record GoalView(string? Text, string Area, DateOnly? TargetDate, string Status);

public sealed record PlanView(Guid Id, int Number, string State, int Version, IReadOnlyList<GoalView> Goals,
    Guid? DraftedBy, DateTime DraftedAt, Guid? SubmittedBy, DateTime? SubmittedAt, Guid? DecidedBy, DateTime? DecidedAt, string? ReturnComment);

public sealed record PlanVersionLine(int Number, string State, DateTime DraftedAt, DateTime? SubmittedAt, DateTime? DecidedAt, Guid? DecidedBy);

/// <summary>
/// A case's plan: the latest version (<see cref="Current"/>), the version approved before it when
/// the latest is a new draft (<see cref="Approved"/>), and every version with its decision.
/// <see cref="Version"/> is what to send back when changing the plan.
/// </summary>
public sealed record CasePlan(Guid CaseId, int Version, PlanView? Current, PlanView? Approved, IReadOnlyList<PlanVersionLine> Versions);

/// <summary>
/// Assistance plans: drafted and submitted by the case's workers, approved or returned by a
/// supervisor of the owning agency. Every step checks the version the caller read, so a plan is
/// never approved in a state the supervisor did not see, and no edit silently replaces another.
/// </summary>
public sealed class AssistancePlans(SanadDb db, CaseGate gate, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    private const string StalePlan = "Someone else changed this plan since you opened it. Reload it and make your change again.";

    public async Task<Result<CasePlan>> ReadAsync(CaseId id, CancellationToken ct = default)
    {
        var owner = await gate.VisibleAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var plans = await db.AssistancePlans.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.Number).ToListAsync(ct);
        var current = plans.FirstOrDefault();
        var approved = plans.FirstOrDefault(p => p.State == PlanState.Approved && p != current);
        var opens = gate.SeesTexts(owner.Value);
        await audit.RecordAsync("assistance.plan-read", AuditOutcome.Success, "case", id.ToString());
        return new CasePlan(id.Value, current?.Version ?? 0,
            current is null ? null : await ViewAsync(current, opens, ct),
            approved is null ? null : await ViewAsync(approved, opens, ct),
            plans.Select(p => new PlanVersionLine(p.Number, Codes.Of(p.State), p.DraftedAt, p.SubmittedAt, p.DecidedAt, p.DecidedBy)).ToList());
    }

    /// <summary>Replaces the goals of a draft or returned plan; editing an approved plan starts its next version.</summary>
    public async Task<Result<int>> SaveAsync(CaseId id, PlanInput input, CancellationToken ct = default)
    {
        var owner = await gate.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var latest = await LatestAsync(id, ct);
        if ((latest?.Version ?? 0) != input.Version) return Error.Conflict(StalePlan);
        if (latest?.State == PlanState.Submitted)
            return Error.Conflict("The plan waits for a supervisor's decision: it can be changed once it is approved or returned.");
        var now = clock.GetUtcNow().UtcDateTime;
        AssistancePlan plan;
        if (latest is { EditableInPlace: true })
        {
            plan = latest;
            plan.Revise(caller.UserId, now);
            db.PlanGoals.RemoveRange(await db.PlanGoals.Where(g => g.PlanId == plan.Id).ToListAsync(ct));
        }
        else
        {
            plan = AssistancePlan.Draft(id, owner.Value, latest, caller.UserId, now);
            db.AssistancePlans.Add(plan);
        }
        var position = 0;
        foreach (var written in input.Written)
        {
            Codes.TryParse<GoalStatus>(written.Status ?? "open", out var status);
            var goal = PlanGoal.Set(plan.Id, position++, written.Area, IsoDate.Parse(written.TargetDate), status);
            goal.Seal(await sealer.SealAsync(written.Text!.Trim(), PlanGoal.RecordType, goal.SealingId, ct));
            db.PlanGoals.Add(goal);
        }
        if (await SavedAsync(ct) is { } clash) return clash;
        await audit.RecordAsync("assistance.plan-saved", AuditOutcome.Success, "case", id.ToString(), $"plan:{plan.Number};goals:{position}");
        return plan.Version;
    }

    public async Task<Result<int>> SubmitAsync(CaseId id, PlanStepInput input, CancellationToken ct = default)
    {
        var owner = await gate.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await LatestAsync(id, ct) is not { } plan) return Error.Invalid("Write the plan's goals before submitting it.");
        if (plan.Version != input.Version) return Error.Conflict(StalePlan);
        if (!await db.PlanGoals.AnyAsync(g => g.PlanId == plan.Id, ct)) return Error.Invalid("Write the plan's goals before submitting it.");
        return await StepAsync(id, plan, plan.Submit(caller.UserId, clock.GetUtcNow().UtcDateTime), "assistance.plan-submitted", ct);
    }

    public async Task<Result<int>> ApproveAsync(CaseId id, PlanStepInput input, CancellationToken ct = default)
    {
        var owner = await gate.SupervisedAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await LatestAsync(id, ct) is not { } plan) return Error.Conflict("This plan is not waiting for approval.");
        if (plan.Version != input.Version) return Error.Conflict(StalePlan);
        var refused = plan.Approve(caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (refused is null)
            foreach (var earlier in await db.AssistancePlans.Where(p => p.CaseId == id && p.State == PlanState.Approved && p.Id != plan.Id).ToListAsync(ct))
                earlier.Supersede();
        return await StepAsync(id, plan, refused, "assistance.plan-approved", ct);
    }

    public async Task<Result<int>> ReturnAsync(CaseId id, PlanReturnInput input, CancellationToken ct = default)
    {
        var owner = await gate.SupervisedAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await LatestAsync(id, ct) is not { } plan) return Error.Conflict("This plan is not waiting for approval.");
        if (plan.Version != input.Version) return Error.Conflict(StalePlan);
        var comment = await sealer.SealAsync(input.Comment.Trim(), AssistancePlan.RecordType, plan.Id.Value, ct);
        return await StepAsync(id, plan, plan.Return(caller.UserId, clock.GetUtcNow().UtcDateTime, comment), "assistance.plan-returned", ct);
    }

    private async Task<Result<int>> StepAsync(CaseId id, AssistancePlan plan, Error? refused, string action, CancellationToken ct)
    {
        if (refused is not null) return refused;
        if (await SavedAsync(ct) is { } clash) return clash;
        await audit.RecordAsync(action, AuditOutcome.Success, "case", id.ToString(), $"plan:{plan.Number}");
        return plan.Version;
    }

    private Task<AssistancePlan?> LatestAsync(CaseId id, CancellationToken ct) =>
        db.AssistancePlans.Where(p => p.CaseId == id).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);

    /// <summary>Null when saved; a conflict when someone saved the same plan first (version, or the next version's number).</summary>
    private async Task<Error?> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // DbUpdateConcurrencyException (stale version) or the unique (case, number) index: both mean "someone was first".
            return Error.Conflict(StalePlan);
        }
    }

    private async Task<PlanView> ViewAsync(AssistancePlan plan, bool opens, CancellationToken ct)
    {
        var rows = await db.PlanGoals.AsNoTracking().Where(g => g.PlanId == plan.Id).OrderBy(g => g.Position).ToListAsync(ct);
        var goals = new List<GoalView>(rows.Count);
        foreach (var g in rows)
            goals.Add(new GoalView(opens ? await sealer.OpenAsync<string>(g.SealedText, PlanGoal.RecordType, g.SealingId, ct) : null,
                g.Area, g.TargetDate, Codes.Of(g.Status)));
        var comment = opens && plan.SealedReturnComment is { } sealedComment
            ? await sealer.OpenAsync<string>(sealedComment, AssistancePlan.RecordType, plan.Id.Value, ct) : null;
        return new PlanView(plan.Id.Value, plan.Number, Codes.Of(plan.State), plan.Version, goals,
            plan.DraftedBy, plan.DraftedAt, plan.SubmittedBy, plan.SubmittedAt, plan.DecidedBy, plan.DecidedAt, comment);
    }
}
