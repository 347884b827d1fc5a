using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Legal;
using Sanad.Domain.Referrals;
using Sanad.Domain.Services;
using Sanad.Features.Referrals;
using Sanad.Security.Encryption;

namespace Sanad.Features.Admin;

/// <summary>
/// The work in progress of the demo, so each demo user's home shows filled work lists: referrals
/// between the demo agencies with their consents (waiting, one past its deadline, accepted, in
/// progress, declined, completed), follow-ups of the demo caseworker due soon and overdue, a
/// reflection period ending within the week, a plan and a closure waiting for the supervisor.
/// Deterministic: the same cases (the first open ones by reference) and the same times relative to
/// now. Added once, on a node without any referral yet, so a second <c>--demo</c> adds nothing.
/// </summary>
public sealed class DemoWork(SanadDb db, FieldSealer sealer, IReferralDeadlines deadlines, TimeProvider clock)
{
    private DateTime _now;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Referrals.AnyAsync(ct)) return;
        _now = clock.GetUtcNow().UtcDateTime;
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Code, a.Id }).ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        var emails = Roles.All.Select(NodeBootstrap.DemoEmail).ToList();
        var users = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        Guid? User(string role) => users.TryGetValue(NodeBootstrap.DemoEmail(role), out var id) ? id : null;
        if (!agencies.TryGetValue("JO-KARAMA", out var shelter) || !agencies.TryGetValue("JO-PSD-AHTU", out var police)
            || !agencies.TryGetValue("JO-MOL-INSP", out var inspection) || !agencies.TryGetValue("JO-LEGAL-AID", out var legalAid)
            || !agencies.TryGetValue("JO-IOM", out var iom)) return;
        var shelterCases = await OpenCasesAsync(shelter, 7, ct);
        var policeCases = await OpenCasesAsync(police, 3, ct);
        var inspectionCases = await OpenCasesAsync(inspection, 1, ct);
        if (shelterCases.Count < 7 || policeCases.Count < 3 || inspectionCases.Count < 1) return;
        var (caseworker, provider, officer) = (User(Roles.Caseworker), User(Roles.Provider), User(Roles.Police));

        for (var i = 0; i < 5; i++) Assign(shelterCases[i], caseworker);
        Assign(policeCases[0], officer);
        Assign(inspectionCases[0], User(Roles.Inspector));

        // Sent by the shelter: waiting, past its deadline (the deadline watch expires it and escalates), completed, in progress.
        await ReferAsync(shelterCases[0], legalAid, ReferralUrgency.Normal, [DataScopes.Operational], Days(-1), caseworker, "Wage claim against the former employer");
        await ReferAsync(shelterCases[1], legalAid, ReferralUrgency.Normal, [DataScopes.Operational, DataScopes.Contact], Days(-7), caseworker, "Advice on her residence status");
        await ReferAsync(shelterCases[2], iom, ReferralUrgency.Normal, [DataScopes.Operational, DataScopes.Identifying], Days(-40), caseworker, "Assisted voluntary return",
            (ReferralAction.Accept, Days(-39), null), (ReferralAction.Start, Days(-38), null), (ReferralAction.Complete, Days(-10), null));
        await ReferAsync(shelterCases[3], legalAid, ReferralUrgency.Normal, [DataScopes.Operational], Days(-12), caseworker, "Representation before the labour court",
            (ReferralAction.Accept, Days(-11), provider), (ReferralAction.Start, Days(-9), provider));
        // Sent to the shelter by the police: an urgent one waiting, one in progress, one declined.
        await ReferAsync(policeCases[0], shelter, ReferralUrgency.Urgent, [DataScopes.Operational, DataScopes.Identifying, DataScopes.Contact], _now.AddHours(-3), officer,
            "Found during a raid tonight; needs a safe place");
        await ReferAsync(policeCases[1], shelter, ReferralUrgency.Normal, [DataScopes.Operational], Days(-9), officer, "Needs shelter and counselling",
            (ReferralAction.Accept, Days(-8), caseworker), (ReferralAction.Start, Days(-8), caseworker));
        await ReferAsync(policeCases[2], shelter, ReferralUrgency.Normal, [DataScopes.Operational], Days(-20), officer, "Needs shelter",
            (ReferralAction.Decline, Days(-19), caseworker));
        // Sent to the legal aid centre by the labour inspectors: waiting.
        await ReferAsync(inspectionCases[0], legalAid, ReferralUrgency.Normal, [DataScopes.Operational], Days(-2), User(Roles.Inspector), "Unpaid wages for eleven months");

        if (caseworker is { } worker)
        {
            var today = DateOnly.FromDateTime(_now);
            await FollowUpAsync(shelterCases[0], worker, today.AddDays(-3), "Call to check she went to the legal aid appointment");
            await FollowUpAsync(shelterCases[1], worker, today, "Home visit");
            await FollowUpAsync(shelterCases[2], worker, today.AddDays(2), "Check the travel documents are ready");
            await FollowUpAsync(shelterCases[3], worker, today.AddDays(6), "Accompany her to the court hearing");
            await FollowUpAsync(shelterCases[4], worker, today.AddDays(20), "Review the assistance plan");
            // The Jordanian file sets no length for a reflection period, so its end is given, as a caseworker would.
            db.ReflectionPeriods.Add(ReflectionPeriod.Start(shelterCases[4].Id, shelter, today.AddDays(-40), today.AddDays(5), null, worker, _now));
        }
        await PlanWaitingAsync(shelterCases[5], caseworker);
        db.CaseClosures.Add(CaseClosure.Request(shelterCases[6].Id, ClosureReasons.ReturnedHome, caseworker, Days(-1)));
        db.CaseHistory.Add(CaseHistoryEntry.Record(shelterCases[6].Id, new CaseFieldChange("closureRequest", null, ClosureReasons.ReturnedHome), caseworker, Days(-1)));
        await db.SaveChangesAsync(ct);
    }

    private DateTime Days(int days) => _now.AddDays(days);

    /// <summary>The agency's first open cases by reference: the same ones on every laptop with the same demo seed.</summary>
    private Task<List<Case>> OpenCasesAsync(AgencyId agency, int count, CancellationToken ct) =>
        db.Cases.IgnoreQueryFilters()
            .Where(c => c.AgencyId == agency && (c.Status == CaseStatus.Active || c.Status == CaseStatus.FollowUp))
            .OrderBy(c => c.Reference).Take(count).ToListAsync(ct);

    private void Assign(Case found, Guid? worker)
    {
        if (worker is null) return;
        foreach (var change in found.Apply(new CaseChange(AssignedWorkerId: worker), _now))
            db.CaseHistory.Add(CaseHistoryEntry.Record(found.Id, change, null, _now));
    }

    /// <summary>A referral with the consent it needs, sent at <paramref name="sentAt"/> and moved through <paramref name="steps"/>.</summary>
    private async Task ReferAsync(Case from, AgencyId to, ReferralUrgency urgency, string[] scope, DateTime sentAt, Guid? by, string reason,
        params (ReferralAction Action, DateTime At, Guid? By)[] steps)
    {
        db.Consents.Add(Consent.Record(from.Id, from.AgencyId, ConsentPurpose.Referral, to, scope, ConsentMethod.Written, DateOnly.FromDateTime(sentAt), by, sentAt));
        var referral = Referral.Send(from.Id, from.AgencyId, to, null, urgency, scope, by, sentAt, deadlines.AnswerDueBy(sentAt, urgency, "JO"));
        referral.SealReason(await sealer.SealAsync(reason, Referral.RecordType, referral.Id.Value));
        db.Referrals.Add(referral);
        db.ReferralTransitions.Add(ReferralTransition.Record(referral.Id, null, ReferralState.Sent, by, sentAt));
        foreach (var (action, at, who) in steps)
        {
            var previous = referral.Move(action, at) ?? throw new InvalidOperationException($"Demo referral cannot {action} from {referral.State}.");
            db.ReferralTransitions.Add(ReferralTransition.Record(referral.Id, previous, referral.State, who, at));
        }
    }

    private async Task FollowUpAsync(Case found, Guid worker, DateOnly dueOn, string what)
    {
        var followUp = FollowUp.Plan(found.Id, found.AgencyId, dueOn, worker, worker, _now);
        followUp.SealWhat(await sealer.SealAsync(what, FollowUp.RecordType, followUp.Id.Value));
        db.FollowUps.Add(followUp);
    }

    private async Task PlanWaitingAsync(Case found, Guid? caseworker)
    {
        var plan = AssistancePlan.Draft(found.Id, found.AgencyId, null, caseworker, Days(-2));
        db.AssistancePlans.Add(plan);
        var goals = new[] { (ServiceTypes.Shelter, "Safe accommodation until the court hearing"), (ServiceTypes.Medical, "Medical check-up and follow-up") };
        for (var i = 0; i < goals.Length; i++)
        {
            var goal = PlanGoal.Set(plan.Id, i, goals[i].Item1, DateOnly.FromDateTime(Days(30)), GoalStatus.Open);
            goal.Seal(await sealer.SealAsync(goals[i].Item2, PlanGoal.RecordType, goal.SealingId));
            db.PlanGoals.Add(goal);
        }
        plan.Submit(caseworker, Days(-1));
    }
}
