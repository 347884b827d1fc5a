using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Domain.Services;
using Sanad.Features.Notifications;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Referrals;

/// <summary>
/// Refers a case to another agency (or one of its services). The scope sent can never exceed what
/// the person consented to for that agency: a part without an active referral or data-sharing
/// consent is refused (422) naming that part and the agency, and nothing is saved.
/// </summary>
public sealed class SendReferral(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, Notifier notifier,
    IReferralDeadlines deadlines, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(CaseId caseId, ReferralInput input, CancellationToken ct = default)
    {
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => (AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        var to = new AgencyId(input.ToAgencyId!.Value);
        var receiver = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == to && a.IsActive, ct);
        if (receiver is null) return Error.Invalid("There is no such agency.") with { Field = "toAgencyId" };
        if (to == owner.Value) return Error.Invalid("A case cannot be referred to the agency that holds it.") with { Field = "toAgencyId" };
        ServiceId? service = input.ServiceId is { } s ? new ServiceId(s) : null;
        if (service is { } wanted && !await db.AgencyServices.AnyAsync(x => x.Id == wanted && x.AgencyId == to && x.IsActive, ct))
            return Error.Invalid("That service is not offered by the receiving agency.") with { Field = "serviceId" };

        var consented = await ConsentedScope.ForAsync(db, caseId, to, ct);
        if (input.Scope.FirstOrDefault(part => !consented.Contains(part)) is { } missing)
            return Error.Invalid("No active consent lets the {0} data of this case go to {1}. Record the person's referral or data-sharing consent for that agency first.",
                t["scope:" + missing].Value, receiver.NameIn(Web.Localization.CurrentLanguage)) with { Field = "scope" };

        Codes.TryParse<ReferralUrgency>(input.Urgency, out var urgency);
        var now = clock.GetUtcNow().UtcDateTime;
        var referral = Referral.Send(caseId, owner.Value, to, service, urgency, input.Scope, caller.UserId, now,
            deadlines.AnswerDueBy(now, urgency, receiver.Country));
        referral.SealReason(await sealer.SealAsync(input.Reason.Trim(), Referral.RecordType, referral.Id.Value, ct));
        db.Referrals.Add(referral);
        db.ReferralTransitions.Add(ReferralTransition.Record(referral.Id, null, ReferralState.Sent, caller.UserId, now));
        await notifier.ToAgencyAsync(to, Notifier.AnsweringRoles, NotificationKind.ReferralReceived, referral.Id, ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendMailAsync(ct);
        await audit.RecordAsync("referral.sent", AuditOutcome.Success, Referral.RecordType, referral.Id.ToString(), $"case:{caseId};to:{to};scope:{referral.Scope}");
        return referral.Id.Value;
    }
}

/// <summary>The union of the scopes of a case's active referral and data-sharing consents for one agency.</summary>
public static class ConsentedScope
{
    public static async Task<HashSet<string>> ForAsync(SanadDb db, CaseId caseId, AgencyId to, CancellationToken ct)
    {
        var purposes = new[] { ConsentPurpose.Referral, ConsentPurpose.DataSharing };
        // Read without the agency wall: the receiver's view of a referral must know the sender's consents.
        var scopes = await db.Consents.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.CaseId == caseId && c.RecipientAgencyId == to && c.WithdrawnAt == null && purposes.Contains(c.Purpose))
            .Select(c => c.Scope).ToListAsync(ct);
        return scopes.SelectMany(DataScopes.Split).ToHashSet();
    }
}
