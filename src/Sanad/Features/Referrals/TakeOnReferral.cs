using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Referrals;
using Sanad.Features.Cases;
using Sanad.Features.People;
using Sanad.Security;

namespace Sanad.Features.Referrals;

/// <summary>
/// The receiving agency opens its own case for the person it accepted: a person record registered
/// from what the referral shares of her (names, birth date, documents; phone and address only when
/// the contact part was consented), and a case of the receiving agency, linked to the referral so it
/// is done once. Nothing beyond the consented scope is copied: what the referral does not carry,
/// the caseworker asks her. Not one database transaction: registering and opening write audit lines
/// as they go, which a held transaction would block on SQLite; instead, whatever was made is removed
/// again when a later step fails or another caseworker took the referral on first.
/// </summary>
public sealed class TakeOnReferral(SanadDb db, ReadReferrals read, RegisterPerson register, OpenCase open, AuditTrail audit, AccessScope caller)
{
    public async Task<Result<OpenedCase>> HandleAsync(ReferralId id, CancellationToken ct = default)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || (caller.AgencyId != referral.ToAgencyId && caller.AgencyId != referral.FromAgencyId)) return Error.NotFound();
        if (caller.AgencyId != referral.ToAgencyId) return Error.Forbidden("Only the agency that received the referral opens a case for it.");
        if (!caller.SeesIdentityIn(referral.ToAgencyId)) return Error.Forbidden("Your role does not open cases.");
        if (referral.ReceiverCaseId is not null) return Error.Conflict("Your agency has already opened a case for this referral.");
        if (referral.State is not (ReferralState.Accepted or ReferralState.InProgress))
            return Error.Conflict("Accept the referral before opening a case for it.");
        var shared = (await read.OneAsync(id, ct))?.Case;
        if (shared?.GivenName is null && shared?.FamilyName is null && shared?.NameArabic is null)
            return Error.Invalid("This referral does not carry her identity: register her with what she tells you.");

        var input = new PersonInput
        {
            GivenName = shared.GivenName, FamilyName = shared.FamilyName, NameArabic = shared.NameArabic,
            Aliases = [.. shared.Aliases ?? []], DateOfBirth = shared.DateOfBirth, Phone = shared.Phone, Address = shared.Address,
            Documents = [.. (shared.Documents ?? []).Select(d => new DocumentInput { Type = d.Type, Number = d.Number, Country = d.Country })],
        };
        var person = await register.HandleAsync(input, ct);
        if (!person.Succeeded) return person.Error!;
        var opened = await open.HandleAsync(new OpenCaseInput { PersonId = person.Value.Value }, ct);
        if (!opened.Succeeded)
        {
            await RemoveAsync(person.Value, null, ct);
            return opened.Error!;
        }
        // Conditional, so of two caseworkers taking it on at once only one case is kept.
        var linked = await db.Referrals.Where(r => r.Id == id && r.ReceiverCaseId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReceiverCaseId, opened.Value!.Id), ct);
        if (linked == 0)
        {
            await RemoveAsync(person.Value, new Domain.Cases.CaseId(opened.Value!.Id), ct);
            return Error.Conflict("Your agency has already opened a case for this referral.");
        }
        await audit.RecordAsync("referral.taken-on", AuditOutcome.Success, Referral.RecordType, id.ToString(), $"case:{opened.Value!.Id}");
        return opened.Value;
    }

    /// <summary>Takes back the person and case just made for a take-on that did not go through; nothing else refers to them yet.</summary>
    private async Task RemoveAsync(Domain.People.PersonId person, Domain.Cases.CaseId? madeCase, CancellationToken ct)
    {
        if (madeCase is { } c) await db.Cases.Where(x => x.Id == c).ExecuteDeleteAsync(ct);
        await db.People.Where(p => p.Id == person).ExecuteDeleteAsync(ct);
        await audit.RecordAsync("referral.take-on-undone", AuditOutcome.Failure, Domain.People.Person.RecordType, person.ToString(), madeCase?.ToString());
    }
}
