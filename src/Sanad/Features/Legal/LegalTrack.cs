using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Legal;
using Sanad.Features.Jurisdictions;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Legal;

public sealed record ReflectionPeriodView(DateOnly StartsOn, DateOnly EndsOn, int? JurisdictionVersion, DateTime? FollowedUpAt, DateTime RecordedAt);

public sealed record ResidenceDocumentView(long Id, string Type, string? Number, DateOnly IssuedOn, DateOnly? ValidUntil, int Renewals,
    int? RenewalsLeft, bool Current, int Version);

public sealed record CooperationView(long Id, string Kind, DateOnly On, Guid? AuthorityAgencyId, string? AuthorityName, DateTime RecordedAt);

public sealed record ProceedingStepView(long Id, string Kind, DateOnly On, string Outcome, Guid? AgencyId, string? AuthorityName, string? Reference, DateTime RecordedAt);

/// <summary>A case's whole legal track. Numbers and references are null for readers who do not see the person's identity (the coordinator).</summary>
public sealed record LegalTrackView(Guid CaseId, string? Country, int? JurisdictionVersion, ReflectionPeriodView? ReflectionPeriod,
    IReadOnlyList<ResidenceDocumentView> Documents, IReadOnlyList<CooperationView> Cooperation, IReadOnlyList<ProceedingStepView> Proceedings);

/// <summary>
/// The legal track of a case: reflection period, residence documents, cooperation with the
/// authorities (apart from assistance) and proceedings. Dates and renewals follow the
/// jurisdiction in force; document numbers and file references are sealed. Every read and write is audited.
/// </summary>
public sealed class LegalTrack(SanadDb db, LegalAccess access, JurisdictionRules jurisdictions, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<LegalTrackView>> ReadAsync(CaseId id, CancellationToken ct = default)
    {
        var owner = await access.ReadableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var seesIdentity = caller.SeesIdentityIn(owner.Value);
        var rules = await jurisdictions.ForNodeAsync(ct);

        var reflection = await db.ReflectionPeriods.AsNoTracking().Where(r => r.CaseId == id)
            .Select(r => new ReflectionPeriodView(r.StartsOn, r.EndsOn, r.JurisdictionVersion, r.FollowedUpAt, r.RecordedAt)).SingleOrDefaultAsync(ct);
        var documents = new List<ResidenceDocumentView>();
        foreach (var d in await db.ResidenceDocuments.AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.Id).ToListAsync(ct))
        {
            var number = seesIdentity && d.SealedNumber is not null
                ? await sealer.OpenAsync<string>(d.SealedNumber, ResidenceDocument.RecordType, d.SealingId, ct) : null;
            var allowed = rules?.Rules.DocumentOf(d.Type) is { } rule ? rule.RenewalsAllowed : 0;
            documents.Add(new ResidenceDocumentView(d.Id, d.Type, number, d.IssuedOn, d.ValidUntil, d.Renewals,
                allowed is null ? null : Math.Max(0, allowed.Value - d.Renewals), d.ReplacedAt is null, d.Version));
        }
        var cooperation = (await db.Cooperations.AsNoTracking().Where(c => c.CaseId == id).OrderByDescending(c => c.On).ThenByDescending(c => c.Id).ToListAsync(ct))
            .Select(c => new CooperationView(c.Id, Codes.Of(c.Kind), c.On, c.AuthorityAgencyId?.Value, c.AuthorityName, c.RecordedAt)).ToList();
        var proceedings = new List<ProceedingStepView>();
        foreach (var p in await db.ProceedingSteps.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.On).ThenByDescending(p => p.Id).ToListAsync(ct))
        {
            var reference = seesIdentity && p.SealedReference is not null
                ? await sealer.OpenAsync<string>(p.SealedReference, ProceedingStep.RecordType, p.SealingId, ct) : null;
            proceedings.Add(new ProceedingStepView(p.Id, Codes.Of(p.Kind), p.On, Codes.Of(p.Outcome), p.ResponsibleAgencyId?.Value, p.AuthorityName, reference, p.RecordedAt));
        }
        await audit.RecordAsync("case.legal-read", AuditOutcome.Success, "case", id.ToString());
        return new LegalTrackView(id.Value, rules?.Rules.Country, rules?.Version, reflection, documents, cooperation, proceedings);
    }

    /// <summary>Records (or corrects) the reflection period; the end comes from the jurisdiction's length, or must be given where it sets none.</summary>
    public async Task<Result<ReflectionPeriodView>> SetReflectionPeriodAsync(CaseId id, ReflectionPeriodInput input, CancellationToken ct = default)
    {
        var owner = await access.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var rules = await jurisdictions.ForNodeAsync(ct);
        var startsOn = IsoDate.Parse(input.StartsOn)!.Value;
        DateOnly endsOn;
        int? version = null;
        if (rules?.Rules.ReflectionPeriod is { } rule)
        {
            endsOn = rule.Length.LastDayFrom(startsOn);
            version = rules.Version;
        }
        else if (IsoDate.Parse(input.EndsOn) is { } given)
            endsOn = given;
        else
            return Error.Invalid("The jurisdiction in force sets no length for the reflection period: give its end date.") with { Field = "endsOn" };
        if (endsOn < startsOn) return Error.Invalid("The end cannot come before the start.") with { Field = "endsOn" };

        var now = clock.GetUtcNow().UtcDateTime;
        var period = await db.ReflectionPeriods.SingleOrDefaultAsync(r => r.CaseId == id, ct);
        if (period is null) db.ReflectionPeriods.Add(period = ReflectionPeriod.Start(id, owner.Value, startsOn, endsOn, version, caller.UserId, now));
        else period.Correct(startsOn, endsOn, version, caller.UserId, now);
        if (!await db.SavedUnlessStaleAsync(ct)) return Stale();
        await audit.RecordAsync("case.reflection-period-set", AuditOutcome.Success, "case", id.ToString(), $"{startsOn:yyyy-MM-dd};{endsOn:yyyy-MM-dd}");
        return new ReflectionPeriodView(period.StartsOn, period.EndsOn, period.JurisdictionVersion, period.FollowedUpAt, period.RecordedAt);
    }

    /// <summary>Records a residence document; it becomes the person's current one, and the reflection period has been followed up.</summary>
    public async Task<Result<long>> AddDocumentAsync(CaseId id, ResidenceDocumentInput input, CancellationToken ct = default)
    {
        var owner = await access.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var rules = await jurisdictions.ForNodeAsync(ct);
        if (rules?.Rules.DocumentOf(input.Type.Trim()) is not { } rule)
            return Error.Invalid("The jurisdiction in force has no document {0}.", input.Type.Trim()) with { Field = "type" };
        var issuedOn = IsoDate.Parse(input.IssuedOn)!.Value;
        var validUntil = IsoDate.Parse(input.ValidUntil) ?? rule.Validity?.LastDayFrom(issuedOn);
        if (validUntil < issuedOn) return Error.Invalid("A document cannot expire before it is issued.") with { Field = "validUntil" };

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var current in await db.ResidenceDocuments.Where(d => d.CaseId == id && d.ReplacedAt == null).ToListAsync(ct))
            current.Replace(now);
        (await db.ReflectionPeriods.SingleOrDefaultAsync(r => r.CaseId == id, ct))?.FollowedUp(now);
        var document = ResidenceDocument.Issue(id, owner.Value, rule.Code, issuedOn, validUntil, rules.Version, caller.UserId, now);
        if (!string.IsNullOrWhiteSpace(input.Number))
            document.SealNumber(await sealer.SealAsync(input.Number.Trim(), ResidenceDocument.RecordType, document.SealingId, ct));
        db.ResidenceDocuments.Add(document);
        if (!await db.SavedUnlessStaleAsync(ct)) return Stale();
        await audit.RecordAsync("case.residence-document-added", AuditOutcome.Success, "case", id.ToString(), rule.Code);
        return document.Id;
    }

    /// <summary>Renews (or extends) a document by the jurisdiction's renewal length, refused past the renewals it allows.</summary>
    public async Task<Result<ResidenceDocumentView>> RenewDocumentAsync(CaseId id, long documentId, RenewalInput input, CancellationToken ct = default)
    {
        var owner = await access.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var document = await db.ResidenceDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == id, ct);
        if (document is null) return Error.NotFound();
        if (document.Version != input.Version) return Stale();
        if (document.ReplacedAt is not null) return Error.Invalid("This document was replaced by a newer one: renew the current document.");
        var rules = await jurisdictions.ForNodeAsync(ct);
        if (rules?.Rules.DocumentOf(document.Type) is not { } rule)
            return Error.Invalid("The jurisdiction in force has no document {0}.", document.Type) with { Field = "type" };
        if (!rule.Renewable || document.ValidUntil is null)
            return Error.Invalid("This document cannot be renewed under the jurisdiction in force.");
        if (rule.RenewalsAllowed is { } allowed && document.Renewals >= allowed)
            return Error.Invalid("This document has already been renewed {0} time(s), the most the jurisdiction in force allows.", allowed);
        var validUntil = IsoDate.Parse(input.ValidUntil) ?? rule.RenewalLength!.ExtendFrom(document.ValidUntil.Value);
        if (validUntil <= document.ValidUntil) return Error.Invalid("A renewal must end after the current end of validity.") with { Field = "validUntil" };

        document.Renew(validUntil, clock.GetUtcNow().UtcDateTime);
        if (!await db.SavedUnlessStaleAsync(ct)) return Stale();
        await audit.RecordAsync("case.residence-document-renewed", AuditOutcome.Success, "case", id.ToString(), $"{document.Type};renewal:{document.Renewals}");
        return new ResidenceDocumentView(document.Id, document.Type, null, document.IssuedOn, document.ValidUntil, document.Renewals,
            rule.RenewalsAllowed is { } max ? max - document.Renewals : null, true, document.Version);
    }

    public async Task<Result<long>> AddCooperationAsync(CaseId id, CooperationInput input, CancellationToken ct = default)
    {
        var owner = await access.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await AuthorityAsync(input.AuthorityAgencyId, "authorityAgencyId", ct) is { } unknown) return unknown;
        Codes.TryParse<CooperationKind>(input.Kind, out var kind);
        var record = Cooperation.Record(id, owner.Value, kind, IsoDate.Parse(input.On)!.Value, Agency(input.AuthorityAgencyId),
            Trimmed(input.AuthorityName), caller.UserId, clock.GetUtcNow().UtcDateTime);
        db.Cooperations.Add(record);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.cooperation-added", AuditOutcome.Success, "case", id.ToString(), Codes.Of(kind));
        return record.Id;
    }

    public async Task<Result<long>> AddProceedingAsync(CaseId id, ProceedingInput input, CancellationToken ct = default)
    {
        var owner = await access.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        if (await AuthorityAsync(input.AgencyId, "agencyId", ct) is { } unknown) return unknown;
        Codes.TryParse<ProceedingKind>(input.Kind, out var kind);
        Codes.TryParse<ProceedingOutcome>(input.Outcome, out var outcome);
        var step = ProceedingStep.Record(id, owner.Value, kind, IsoDate.Parse(input.On)!.Value, outcome, Agency(input.AgencyId),
            Trimmed(input.AuthorityName), caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (Trimmed(input.Reference) is { } reference)
            step.SealReference(await sealer.SealAsync(reference, ProceedingStep.RecordType, step.SealingId, ct));
        db.ProceedingSteps.Add(step);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.proceeding-added", AuditOutcome.Success, "case", id.ToString(), $"{Codes.Of(kind)};{Codes.Of(outcome)}");
        return step.Id;
    }

    /// <summary>An agency named as the authority must be one of the node's.</summary>
    private async Task<Error?> AuthorityAsync(Guid? agencyId, string field, CancellationToken ct) =>
        agencyId is { } given && !await db.Agencies.AnyAsync(a => a.Id == new AgencyId(given), ct)
            ? Error.Invalid("No agency of this node has this id.") with { Field = field }
            : null;

    private static Error Stale() => Error.Conflict("Someone else changed this record since you opened it. Reload it and make your change again.");

    private static AgencyId? Agency(Guid? id) => id is { } g ? new AgencyId(g) : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
