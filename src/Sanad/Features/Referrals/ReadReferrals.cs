using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Domain.People;
using Sanad.Domain.Referrals;
using Sanad.Features.Services;
using Sanad.Features.Users;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Referrals;

public sealed record ReferralSummary(Guid Id, Guid CaseId, Guid FromAgencyId, string FromAgency, Guid ToAgencyId, string ToAgency,
    Guid? ServiceId, string State, string Urgency, IReadOnlyList<string> Scope, DateTime SentAt, DateTime AnswerDueAt, bool Overdue, bool ConsentWithdrawn);

public sealed record ReferralStep(string? From, string To, Guid? By, DateTime At, string? Reason);

/// <summary>
/// The case as the receiving agency sees it through a referral: only the fields of the scope that is
/// both sent and still consented. A part outside that scope is absent from the JSON, not empty.
/// </summary>
public sealed record ReferredCase
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Reference { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Status { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ServiceAsked { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateTime? AnswerDueAt { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? GivenName { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? FamilyName { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? NameArabic { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Aliases { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? DateOfBirth { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<IdentityDocument>? Documents { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? HasPhoto { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PhotoUrl { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Phone { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Address { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Notes { get; init; }
}

public sealed record ReferralDetails(
    Guid Id, string Side, string State, string Urgency, Guid FromAgencyId, string FromAgency, Guid ToAgencyId, string ToAgency, Guid? ServiceId,
    IReadOnlyList<string> Scope, IReadOnlyList<string> SharedScope, DateTime SentAt, DateTime AnswerDueAt, bool ConsentWithdrawn,
    Guid? CaseId, string? Reason, ReferredCase? Case, IReadOnlyList<ReferralStep> History, int Version, Guid? ReceiverCaseId = null);

public sealed record ReferralFilter(string? Direction = null, string? State = null, int Page = 1, int PageSize = 25);

/// <summary>
/// Referrals as each side sees them. The sender and the receiver see the referral; any other agency
/// gets 404 (the coordinator, country-wide, sees its state but no case data). The receiver reads the
/// case only through <see cref="ReferredCase"/>, and every such read is audited.
/// </summary>
public sealed class ReadReferrals(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, AgencyNameBook agencies, TimeProvider clock)
{
    /// <summary>A list longer than this reports "at least" this many instead of its exact length.</summary>
    public const int CountCap = 1000;

    public async Task<Page<ReferralSummary>> ListAsync(ReferralFilter f, CancellationToken ct = default)
    {
        var me = caller.AgencyFilterValue;
        var agency = new Domain.Agencies.AgencyId(me);
        var page = Math.Max(1, f.Page);
        var size = Math.Clamp(f.PageSize, 1, 100);
        var query = db.Referrals.AsNoTracking();
        query = f.Direction switch
        {
            "incoming" => query.Where(r => r.ToAgencyId == agency),
            "outgoing" => query.Where(r => r.FromAgencyId == agency),
            _ => query.Where(r => r.ToAgencyId == agency || r.FromAgencyId == agency),
        };
        if (Codes.TryParse<ReferralState>(f.State, out var state)) query = query.Where(r => r.State == state);
        // Counted up to a cap (and always past this page, so "next page" stays right): an agency
        // receiving hundreds of thousands of referrals must not count them all on every page.
        var countUpTo = Math.Max(CountCap, page * size + 1);
        var counted = await query.Take(countUpTo + 1).CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.SentAt).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<ReferralSummary>(rows.Count);
        foreach (var r in rows) items.Add(await SummaryAsync(r, now, ct));
        await audit.RecordAsync("referral.listed", AuditOutcome.Success, Referral.RecordType, null, $"direction:{f.Direction ?? "both"};page:{page};rows:{rows.Count}");
        return new Page<ReferralSummary>(items, page, size, Math.Min(counted, countUpTo), counted > countUpTo);
    }

    /// <summary>The referrals the caller's agency sent for one case, newest first.</summary>
    public async Task<IReadOnlyList<ReferralSummary>> ForCaseAsync(CaseId caseId, CancellationToken ct = default)
    {
        var agency = new Domain.Agencies.AgencyId(caller.AgencyFilterValue);
        var rows = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId && r.FromAgencyId == agency).OrderByDescending(r => r.SentAt).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<ReferralSummary>(rows.Count);
        foreach (var r in rows) items.Add(await SummaryAsync(r, now, ct));
        return items;
    }

    private async Task<ReferralSummary> SummaryAsync(Referral r, DateTime now, CancellationToken ct) =>
        new(r.Id.Value, r.CaseId.Value, r.FromAgencyId.Value, await agencies.NameAsync(r.FromAgencyId, ct),
            r.ToAgencyId.Value, await agencies.NameAsync(r.ToAgencyId, ct), r.ServiceId?.Value, Codes.Of(r.State), Codes.Of(r.Urgency),
            r.ScopeList, r.SentAt, r.AnswerDueAt, r.State == ReferralState.Sent && r.AnswerDueAt < now, r.ConsentWithdrawnAt is not null);

    public async Task<ReferralDetails?> OneAsync(ReferralId id, CancellationToken ct = default)
    {
        var r = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var side = caller.AgencyId == r.FromAgencyId ? "sender" : caller.AgencyId == r.ToAgencyId ? "receiver" : caller.LimitedToOwnAgency ? null : "observer";
        if (side is null) return null;
        var consented = await ConsentedScope.ForAsync(db, r.CaseId, r.ToAgencyId, ct);
        // Consent is checked at every read, not only when sending: a withdrawal stops sharing at once.
        var shared = r.ScopeList.Where(consented.Contains).ToList();
        var reason = side == "observer" ? null : await sealer.OpenAsync<string>(r.SealedReason, Referral.RecordType, r.Id.Value, ct);
        var seesReasons = side != "observer";
        var steps = await db.ReferralTransitions.AsNoTracking().Where(t => t.ReferralId == id).OrderBy(t => t.Id).ToListAsync(ct);
        var history = new List<ReferralStep>(steps.Count);
        foreach (var t in steps)
            history.Add(new ReferralStep(t.From is { } from ? Codes.Of(from) : null, Codes.Of(t.To), t.By, t.At,
                seesReasons && t.SealedReason is not null ? await sealer.OpenAsync<string>(t.SealedReason, ReferralTransition.RecordType, t.SealingId, ct) : null));
        var referred = side == "receiver" && r.State is not (ReferralState.Declined or ReferralState.Cancelled or ReferralState.Expired)
            ? await ReferredCaseAsync(r, shared, ct) : null;
        await audit.RecordAsync("referral.viewed", AuditOutcome.Success, Referral.RecordType, id.ToString(),
            referred is null ? side : $"{side};case:{r.CaseId};shared:{string.Join(',', shared)}");
        return new ReferralDetails(r.Id.Value, side, Codes.Of(r.State), Codes.Of(r.Urgency), r.FromAgencyId.Value, await agencies.NameAsync(r.FromAgencyId, ct),
            r.ToAgencyId.Value, await agencies.NameAsync(r.ToAgencyId, ct), r.ServiceId?.Value, r.ScopeList, side == "receiver" ? shared : r.ScopeList,
            r.SentAt, r.AnswerDueAt, r.ConsentWithdrawnAt is not null, side == "sender" ? r.CaseId.Value : null, reason, referred, history, r.Version,
            side == "receiver" ? r.ReceiverCaseId : null);
    }

    /// <summary>The photo of the referred person, when the shared scope holds the identifying part.</summary>
    public async Task<Result<People.PhotoFile>> PhotoAsync(ReferralId id, CancellationToken ct = default)
    {
        var r = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || caller.AgencyId != r.ToAgencyId || !r.IsOpen) return Error.NotFound();
        if (!r.ScopeList.Contains(DataScopes.Identifying) || !(await ConsentedScope.ForAsync(db, r.CaseId, r.ToAgencyId, ct)).Contains(DataScopes.Identifying))
            return Error.NotFound();
        var personId = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == r.CaseId).Select(c => c.PersonId).SingleAsync(ct);
        var photo = await db.PersonPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, ct);
        if (photo is null) return Error.NotFound();
        var content = await sealer.OpenAsync<byte[]>(photo.SealedContent, PersonPhoto.RecordType, photo.SealingId, ct);
        await audit.RecordAsync("referral.photo-viewed", AuditOutcome.Success, Referral.RecordType, id.ToString(), $"case:{r.CaseId}");
        return new People.PhotoFile(photo.ContentType, content, photo.AddedAt);
    }

    private async Task<ReferredCase> ReferredCaseAsync(Referral r, IReadOnlyList<string> shared, CancellationToken ct)
    {
        // The receiver is outside the case's agency: the agency wall is lifted for this one case, for the shared parts only.
        var found = await db.Cases.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == r.CaseId, ct);
        var view = new ReferredCase();
        if (shared.Contains(DataScopes.Operational))
        {
            var serviceType = r.ServiceId is { } sid ? await db.AgencyServices.Where(s => s.Id == sid).Select(s => s.Type).SingleOrDefaultAsync(ct) : null;
            view = view with { Reference = found.Reference, Status = Codes.Of(found.Status), ServiceAsked = serviceType, AnswerDueAt = r.AnswerDueAt };
        }
        if (shared.Contains(DataScopes.Identifying) || shared.Contains(DataScopes.Contact))
        {
            var person = await db.People.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == found.PersonId, ct);
            var identity = await sealer.OpenAsync<PersonIdentity>(person.SealedIdentity, Person.RecordType, person.Id.Value, ct);
            if (shared.Contains(DataScopes.Identifying))
            {
                var hasPhoto = await db.PersonPhotos.AnyAsync(p => p.PersonId == person.Id, ct);
                view = view with
                {
                    GivenName = identity.GivenName, FamilyName = identity.FamilyName, NameArabic = identity.NameArabic, Aliases = identity.Aliases,
                    DateOfBirth = identity.DateOfBirth, Documents = identity.Documents, HasPhoto = hasPhoto,
                    PhotoUrl = hasPhoto ? $"/api/v1/referrals/{r.Id}/photo" : null,
                };
            }
            if (shared.Contains(DataScopes.Contact))
                view = view with { Phone = identity.Phone ?? "", Address = identity.Address ?? "" };
        }
        if (shared.Contains(DataScopes.Sensitive))
        {
            var rows = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == r.CaseId).OrderByDescending(n => n.Id).ToListAsync(ct);
            var notes = new List<string>(rows.Count);
            foreach (var n in rows) notes.Add(await sealer.OpenAsync<string>(n.SealedText, CaseNote.RecordType, n.SealingId, ct));
            view = view with { Notes = notes };
        }
        return view;
    }
}
