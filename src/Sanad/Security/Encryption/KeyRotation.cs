using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Encryption;
using Sanad.Domain.People;

namespace Sanad.Security.Encryption;

/// <summary>What a rotation did.</summary>
public sealed record RotationReport(int NewKeyId, int Resealed, int RetiredKeys);

/// <summary>
/// `sanad keys rotate`: makes a new field key, re-seals every sealed record with it in batches
/// (each batch one transaction, so an interruption leaves every record readable and a second run
/// finishes the job), then retires the old keys. Retired keys stay in the database so backups
/// taken before the rotation can still be read.
/// </summary>
public sealed class KeyRotation(SanadDb db, MasterKey master, KeyRing keys, FieldSealer sealer, AuditTrail audit, TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <summary>Re-seals, batch by batch, every record of a kind whose sealed value names another key than <paramref name="freshKey"/>.</summary>
    private Task<int> ResealAsync<T>(IQueryable<T> records, int freshKey, Func<T, byte[]> sealedOf, Func<T, Task> reseal, CancellationToken ct) where T : class =>
        ResealAsync<T, long>(records, freshKey, sealedOf, reseal, ct);

    /// <summary>The same, for records keyed by a typed id (<typeparamref name="TKey"/>) rather than a number.</summary>
    private async Task<int> ResealAsync<T, TKey>(IQueryable<T> records, int freshKey, Func<T, byte[]> sealedOf, Func<T, Task> reseal, CancellationToken ct) where T : class
    {
        var count = 0;
        var skip = 0;
        while (true)
        {
            var batch = await records.OrderBy(r => EF.Property<TKey>(r, "Id")).Skip(skip).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return count;
            foreach (var record in batch.Where(r => FieldSealer.KeyIdOf(sealedOf(r)) != freshKey))
            {
                await reseal(record);
                count++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            skip += batch.Count;
        }
    }

    private async Task<byte[]> Reseal<T>(byte[] sealedValue, string recordType, Guid sealingId, CancellationToken ct) =>
        await sealer.SealAsync(await sealer.OpenAsync<T>(sealedValue, recordType, sealingId, ct), recordType, sealingId, ct);

    /// <summary>Goals, return comments, service notes, follow-ups, closure notes and comments, reopening reasons.</summary>
    private async Task<int> ResealAssistanceAsync(int fresh, CancellationToken ct)
    {
        var resealed = await ResealAsync(db.PlanGoals, fresh,
            g => g.SealedText, async g => g.Seal(await Reseal<string>(g.SealedText, PlanGoal.RecordType, g.SealingId, ct)), ct);
        resealed += await ResealAsync<AssistancePlan, AssistancePlanId>(db.AssistancePlans.Where(p => p.SealedReturnComment != null), fresh,
            p => p.SealedReturnComment!, async p => p.ResealReturnComment(await Reseal<string>(p.SealedReturnComment!, AssistancePlan.RecordType, p.Id.Value, ct)), ct);
        resealed += await ResealAsync(db.ServicesDelivered.Where(s => s.SealedNote != null), fresh,
            s => s.SealedNote!, async s => s.SealNote(await Reseal<string>(s.SealedNote!, ServiceDelivery.RecordType, s.SealingId, ct)), ct);
        // Records with two sealed texts are re-sealed whole when either is under an older key.
        resealed += await ResealAsync<FollowUp, FollowUpId>(db.FollowUps, fresh,
            f => OlderOf(fresh, f.SealedWhat, f.SealedDoneNote), async f => f.Reseal(
                await Reseal<string>(f.SealedWhat, FollowUp.RecordType, f.Id.Value, ct),
                f.SealedDoneNote is { } note ? await Reseal<string>(note, FollowUp.RecordType + ":done", f.Id.Value, ct) : null), ct);
        resealed += await ResealAsync(db.CaseClosures.Where(c => c.SealedNote != null || c.SealedComment != null), fresh,
            c => OlderOf(fresh, c.SealedNote, c.SealedComment), async c => c.Reseal(
                c.SealedNote is { } note ? await Reseal<string>(note, CaseClosure.RecordType, c.SealingId, ct) : null,
                c.SealedComment is { } comment ? await Reseal<string>(comment, CaseClosure.RecordType + ":comment", c.SealingId, ct) : null), ct);
        resealed += await ResealAsync(db.CaseReopenings, fresh,
            r => r.SealedReason, async r => r.SealReason(await Reseal<string>(r.SealedReason, CaseReopening.RecordType, r.SealingId, ct)), ct);
        return resealed;
    }

    /// <summary>The first of a record's sealed values that is under another key than the fresh one, else the first there is.</summary>
    private static byte[] OlderOf(int fresh, params byte[]?[] values) =>
        values.FirstOrDefault(v => v is not null && FieldSealer.KeyIdOf(v) != fresh) ?? values.First(v => v is not null)!;

    public async Task<RotationReport> RotateAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = DataKey.Create(DataKeyPurpose.Fields, KeyRing.Wrap(master, RandomNumberGenerator.GetBytes(32)), now);
        db.DataKeys.Add(fresh);
        await db.SaveChangesAsync(ct);
        keys.Refresh();

        var resealed = 0;
        while (true)
        {
            var batch = await db.People.Where(p => p.IdentityKeyId != fresh.Id).OrderBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var person in batch)
            {
                var identity = await sealer.OpenAsync<PersonIdentity>(person.SealedIdentity, Person.RecordType, person.Id.Value, ct);
                var sealedIdentity = await sealer.SealAsync(identity, Person.RecordType, person.Id.Value, ct);
                person.Reseal(sealedIdentity, FieldSealer.KeyIdOf(sealedIdentity));
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            resealed += batch.Count;
        }

        resealed += await ResealAsync(db.IdentificationDecisions.Where(d => d.SealedBasis != null), fresh.Id,
            d => d.SealedBasis!, async d => d.SealBasis(await Reseal<string>(d.SealedBasis!, Domain.Cases.IdentificationDecision.RecordType, d.SealingId, ct)), ct);
        resealed += await ResealAsync(db.CaseScreenings, fresh.Id,
            s => s.SealedIndicators, async s => s.SealIndicators(await Reseal<List<string>>(s.SealedIndicators, Domain.Cases.CaseScreening.RecordType, s.SealingId, ct)), ct);

        resealed += await ResealAsync(db.CaseNotes, fresh.Id,
            n => n.SealedText, async n => n.Seal(await Reseal<string>(n.SealedText, Domain.Cases.CaseNote.RecordType, n.SealingId, ct)), ct);
        resealed += await ResealAsync(db.TraffickingEvents.Where(e => e.SealedDescription != null), fresh.Id,
            e => e.SealedDescription!, async e => e.SealDescription(await Reseal<string>(e.SealedDescription!, Domain.Cases.TraffickingEvent.RecordType, e.SealingId, ct)), ct);

        resealed += await ResealAsync(db.CaseAttachments, fresh.Id, a => a.SealedContent, async a => a.Seal(
            await Reseal<string>(a.SealedName, Domain.Cases.CaseAttachment.RecordType + ":name", a.SealingId, ct),
            await Reseal<byte[]>(a.SealedContent, Domain.Cases.CaseAttachment.RecordType, a.SealingId, ct)), ct);

        resealed += await ResealAsync(db.Perpetrators.Where(p => p.SealedDetails != null), fresh.Id, p => p.SealedDetails!,
            async p => p.SealDetails(await Reseal<string>(p.SealedDetails!, Domain.Cases.Perpetrator.RecordType, p.SealingId, ct)), ct);
        resealed += await ResealAsync(db.ResidenceDocuments.Where(d => d.SealedNumber != null), fresh.Id, d => d.SealedNumber!,
            async d => d.SealNumber(await Reseal<string>(d.SealedNumber!, Domain.Legal.ResidenceDocument.RecordType, d.SealingId, ct)), ct);
        resealed += await ResealAsync(db.ProceedingSteps.Where(p => p.SealedReference != null), fresh.Id, p => p.SealedReference!,
            async p => p.SealReference(await Reseal<string>(p.SealedReference!, Domain.Legal.ProceedingStep.RecordType, p.SealingId, ct)), ct);

        resealed += await ResealAsync(db.PersonPhotos, fresh.Id, p => p.SealedContent,
            async p => p.Reseal(await Reseal<byte[]>(p.SealedContent, PersonPhoto.RecordType, p.SealingId, ct)), ct);

        resealed += await ResealAsync<Domain.Consents.Consent, Domain.Consents.ConsentId>(db.Consents.IgnoreQueryFilters().Where(c => c.SealedNote != null || c.SealedWithdrawalReason != null), fresh.Id,
            c => c.SealedNote ?? c.SealedWithdrawalReason!, async c =>
            {
                if (c.SealedNote is not null) c.SealNote(await Reseal<string>(c.SealedNote, Domain.Consents.Consent.RecordType, c.Id.Value, ct));
                if (c.SealedWithdrawalReason is not null)
                    c.SealWithdrawalReason(await Reseal<string>(c.SealedWithdrawalReason, Domain.Consents.Consent.RecordType + ":withdrawal", c.Id.Value, ct));
            }, ct);
        resealed += await ResealAsync<Domain.Referrals.Referral, Domain.Referrals.ReferralId>(db.Referrals, fresh.Id, r => r.SealedReason,
            async r => r.SealReason(await Reseal<string>(r.SealedReason, Domain.Referrals.Referral.RecordType, r.Id.Value, ct)), ct);
        resealed += await ResealAsync(db.ReferralTransitions.Where(t => t.SealedReason != null), fresh.Id, t => t.SealedReason!,
            async t => t.SealReason(await Reseal<string>(t.SealedReason!, Domain.Referrals.ReferralTransition.RecordType, t.SealingId, ct)), ct);
        resealed += await ResealAssistanceAsync(fresh.Id, ct);
        resealed += await ResealAsync<Domain.Programmes.Participant, Domain.Programmes.ParticipantId>(db.Participants, fresh.Id, p => p.SealedIdentity,
            async p => p.Reseal(await Reseal<Domain.Programmes.ParticipantIdentity>(p.SealedIdentity, Domain.Programmes.Participant.RecordType, p.Id.Value, ct)), ct);
        resealed += await ResealAsync(db.ActivityDocuments, fresh.Id, d => d.SealedContent, async d => d.Seal(
            await Reseal<string>(d.SealedName, Domain.Programmes.ActivityDocument.RecordType + ":name", d.SealingId, ct),
            await Reseal<byte[]>(d.SealedContent, Domain.Programmes.ActivityDocument.RecordType, d.SealingId, ct)), ct);

        var old = await db.DataKeys.Where(k => k.Purpose == DataKeyPurpose.Fields && k.Id != fresh.Id && k.RetiredAt == null).ToListAsync(ct);
        foreach (var key in old) key.Retire(now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("keys.rotated", AuditOutcome.Success, "data-key", fresh.Id.ToString(), $"resealed:{resealed};retired:{old.Count}");
        return new RotationReport(fresh.Id, resealed, old.Count);
    }
}
