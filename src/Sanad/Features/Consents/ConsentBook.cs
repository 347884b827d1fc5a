using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.Notifications;
using Sanad.Domain.Referrals;
using Sanad.Features.Notifications;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Consents;

public sealed record ConsentView(
    Guid Id, Guid CaseId, string Purpose, Guid? RecipientAgencyId, IReadOnlyList<string> Scope, string Method, DateOnly GivenOn,
    Guid? RecordedBy, DateTime RecordedAt, string? Note, bool Active, DateTime? WithdrawnAt, Guid? WithdrawnBy, string? WithdrawalReason);

/// <summary>
/// A case's consents: recorded and withdrawn by its own agency, read by whoever sees the case. The
/// witness or guardian note and the withdrawal reason are sealed and shown only to the roles that see
/// the person's identity. A withdrawal marks every open referral it affects and tells the receiver.
/// </summary>
public sealed class ConsentBook(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, Notifier notifier, TimeProvider clock)
{
    public async Task<Result<Guid>> RecordAsync(CaseId caseId, ConsentInput input, CancellationToken ct = default)
    {
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => (AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        Codes.TryParse<ConsentPurpose>(input.Purpose, out var purpose);
        Codes.TryParse<ConsentMethod>(input.Method, out var method);
        AgencyId? recipient = input.RecipientAgencyId is { } r ? new AgencyId(r) : null;
        if (recipient is { } named && !await db.Agencies.AnyAsync(a => a.Id == named, ct))
            return Error.Invalid("There is no such agency.") with { Field = "recipientAgencyId" };
        var now = clock.GetUtcNow().UtcDateTime;
        var givenOn = input.ParsedGivenOn ?? DateOnly.FromDateTime(now);
        if (givenOn > DateOnly.FromDateTime(now))
            return Error.Invalid("Write a past date as year-month-day, for example 2024-03-21.") with { Field = "givenOn" };
        var consent = Consent.Record(caseId, owner.Value, purpose, recipient, input.Scope, method, givenOn, caller.UserId, now);
        if (!string.IsNullOrWhiteSpace(input.Note))
            consent.SealNote(await sealer.SealAsync(input.Note.Trim(), Consent.RecordType, consent.Id.Value, ct));
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("consent.recorded", AuditOutcome.Success, "case", caseId.ToString(), $"{Codes.Of(purpose)};{consent.Scope}");
        return consent.Id.Value;
    }

    /// <summary>Null when the case does not exist for the caller.</summary>
    public async Task<IReadOnlyList<ConsentView>?> ListAsync(CaseId caseId, CancellationToken ct = default)
    {
        var owner = await db.Cases.Where(c => c.Id == caseId).Select(c => (AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return null;
        var seesNotes = caller.SeesIdentityIn(owner.Value);
        var rows = await db.Consents.AsNoTracking().Where(c => c.CaseId == caseId).OrderByDescending(c => c.RecordedAt).ToListAsync(ct);
        var views = new List<ConsentView>(rows.Count);
        foreach (var c in rows)
        {
            var note = seesNotes && c.SealedNote is not null ? await sealer.OpenAsync<string>(c.SealedNote, Consent.RecordType, c.Id.Value, ct) : null;
            var reason = seesNotes && c.SealedWithdrawalReason is not null
                ? await sealer.OpenAsync<string>(c.SealedWithdrawalReason, Consent.RecordType + ":withdrawal", c.Id.Value, ct) : null;
            views.Add(new ConsentView(c.Id.Value, c.CaseId.Value, Codes.Of(c.Purpose), c.RecipientAgencyId?.Value, c.ScopeList, Codes.Of(c.Method),
                c.GivenOn, c.RecordedBy, c.RecordedAt, note, c.IsActive, c.WithdrawnAt, c.WithdrawnBy, reason));
        }
        await audit.RecordAsync("consent.listed", AuditOutcome.Success, "case", caseId.ToString());
        return views;
    }

    /// <summary>
    /// Withdraws a consent. The open referrals that relied on it (same case, same recipient) are marked
    /// in the same save, so the receiver sees no more of the case than consent still allows from now on.
    /// Returns the number of open referrals affected.
    /// </summary>
    public async Task<Result<int>> WithdrawAsync(ConsentId id, WithdrawInput input, CancellationToken ct = default)
    {
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consent is null) return Error.NotFound();
        if (!caller.CanChange(consent.AgencyId)) return Error.ReadOnly();
        if (!consent.IsActive) return Error.Conflict("This consent was already withdrawn.");
        var now = clock.GetUtcNow().UtcDateTime;
        consent.Withdraw(caller.UserId, now);
        if (!string.IsNullOrWhiteSpace(input.Reason))
            consent.SealWithdrawalReason(await sealer.SealAsync(input.Reason.Trim(), Consent.RecordType + ":withdrawal", consent.Id.Value, ct));
        var affected = new List<Referral>();
        if (consent.RecipientAgencyId is { } recipient && consent.Purpose is ConsentPurpose.Referral or ConsentPurpose.DataSharing)
        {
            var open = new[] { ReferralState.Sent, ReferralState.Accepted, ReferralState.InProgress };
            affected = await db.Referrals.Where(r => r.CaseId == consent.CaseId && r.ToAgencyId == recipient && open.Contains(r.State)).ToListAsync(ct);
            foreach (var referral in affected)
            {
                referral.MarkConsentWithdrawn(now);
                await notifier.ToAgencyAsync(referral.ToAgencyId, Notifier.AnsweringRoles, NotificationKind.ConsentWithdrawn, referral.Id, ct);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("This consent or a referral it covers changed at the same moment. Reload the page and withdraw again.");
        }
        await notifier.SendMailAsync(ct);
        await audit.RecordAsync("consent.withdrawn", AuditOutcome.Success, "case", consent.CaseId.ToString(), $"consent:{id};referrals:{affected.Count}");
        return affected.Count;
    }
}
