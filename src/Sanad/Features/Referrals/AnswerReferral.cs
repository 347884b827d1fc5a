using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Features.Notifications;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Referrals;

/// <summary>
/// Moves a referral through its states: the receiving agency accepts, declines (with a reason),
/// starts and completes; the sending agency cancels. The referral's version is a concurrency token:
/// when two people act at once, the second save fails, is re-read, and gets the refusal that fits
/// the state the first one left (accepting a cancelled referral, accepting twice), never a lost update.
/// </summary>
public sealed class AnswerReferral(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, Notifier notifier, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<Result<string>> HandleAsync(ReferralId id, ReferralAction action, string? reason, CancellationToken ct = default)
    {
        if (action == ReferralAction.Decline && string.IsNullOrWhiteSpace(reason))
            return Error.Invalid("Say why the referral is declined.") with { Field = "reason" };
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            notifier.Discard();
            var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
            if (referral is null || !IsParty(referral)) return Error.NotFound();
            if (RoleRefusal(referral, action) is { } refused) return refused;
            var now = clock.GetUtcNow().UtcDateTime;
            if (referral.Move(action, now) is not { } previous) return Refusal(referral.State, action);
            var transition = ReferralTransition.Record(referral.Id, previous, referral.State, caller.UserId, now);
            if (!string.IsNullOrWhiteSpace(reason))
                transition.SealReason(await sealer.SealAsync(reason.Trim(), ReferralTransition.RecordType, transition.SealingId, ct));
            db.ReferralTransitions.Add(transition);
            await NotifyAsync(referral, action, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Error.Conflict("This referral changed at the same moment. Reload it and try again.");
            }
            await notifier.SendMailAsync(ct);
            await audit.RecordAsync("referral." + Codes.Of(referral.State), AuditOutcome.Success, Referral.RecordType, id.ToString(), $"from:{Codes.Of(previous)}");
            return Codes.Of(referral.State);
        }
    }

    private bool IsParty(Referral r) => caller.AgencyId is { } me && (r.FromAgencyId == me || r.ToAgencyId == me);

    private Error? RoleRefusal(Referral r, ReferralAction action)
    {
        var me = caller.AgencyId;
        if (action == ReferralAction.Cancel)
            return me == r.FromAgencyId ? null : Error.Forbidden("Only the agency that sent a referral may cancel it.");
        return me == r.ToAgencyId ? null : Error.Forbidden("Only the receiving agency answers a referral.");
    }

    /// <summary>Why an action is not possible in the referral's current state: a 409 the person can act on.</summary>
    private static Error Refusal(ReferralState state, ReferralAction action) => (state, action) switch
    {
        (ReferralState.Cancelled, _) => Error.Conflict("The sender cancelled this referral; it can no longer be answered."),
        (ReferralState.Expired, _) => Error.Conflict("This referral expired unanswered; the sender must send it again."),
        (ReferralState.Declined, _) => Error.Conflict("This referral was declined; it is closed."),
        (ReferralState.Completed, _) => Error.Conflict("This referral is completed; it is closed."),
        (ReferralState.Accepted or ReferralState.InProgress, ReferralAction.Accept) => Error.Conflict("This referral is already accepted."),
        (ReferralState.Accepted or ReferralState.InProgress, ReferralAction.Decline) => Error.Conflict("This referral is already accepted; it can no longer be declined."),
        (ReferralState.Sent, ReferralAction.Start) => Error.Conflict("Accept the referral before starting the work."),
        (ReferralState.InProgress, ReferralAction.Start) => Error.Conflict("The work on this referral has already started."),
        (_, ReferralAction.Complete) => Error.Conflict("Start the work before completing the referral."),
        _ => Error.Conflict("This referral cannot be changed that way now."),
    };

    private async Task NotifyAsync(Referral r, ReferralAction action, CancellationToken ct)
    {
        if (action is not (ReferralAction.Accept or ReferralAction.Decline or ReferralAction.Complete)) return;
        if (r.SentBy is { } sender) await notifier.ToUserAsync(sender, NotificationKind.ReferralAnswered, r.Id, ct);
        else await notifier.ToAgencyAsync(r.FromAgencyId, [Domain.Accounts.Roles.Supervisor], NotificationKind.ReferralAnswered, r.Id, ct);
    }
}
