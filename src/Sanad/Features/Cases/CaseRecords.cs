using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Cases;

public sealed record PerpetratorView(long Id, IReadOnlyList<string> Roles, string? Sex, string? Nationality, string? Details, DateTime RecordedAt);

public sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, DateTime AddedAt);

public sealed record NoteView(long Id, string Text, Guid? WrittenBy, DateTime WrittenAt);

public sealed record TraffickingEventView(long Id, string Type, string? Country, string? City, DateOnly? Date,
    IReadOnlyList<string> Acts, IReadOnlyList<string> Means, IReadOnlyList<string> Purposes, string? Description, DateTime RecordedAt);

/// <summary>
/// A case's notes and trafficking events. Notes are of the sensitive tier: only the roles that see
/// a person's identity, in the owning agency, read or write them (a coordinator does not). Event
/// descriptions are sealed; their stage, place, date and Palermo elements stay in clear.
/// </summary>
public sealed class CaseRecords(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<long>> AddNoteAsync(CaseId id, NoteInput input, CancellationToken ct = default)
    {
        if (await OwnedCaseAsync(id, ct) is { } refused) return refused;
        var note = CaseNote.Write(id, caller.UserId, clock.GetUtcNow().UtcDateTime);
        note.Seal(await sealer.SealAsync(input.Text.Trim(), CaseNote.RecordType, note.SealingId, ct));
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.note-added", AuditOutcome.Success, "case", id.ToString());
        return note.Id;
    }

    public async Task<Result<IReadOnlyList<NoteView>>> NotesAsync(CaseId id, CancellationToken ct = default)
    {
        if (await OwnedCaseAsync(id, ct) is { } refused) return refused;
        var rows = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id).OrderByDescending(n => n.Id).ToListAsync(ct);
        var notes = new List<NoteView>(rows.Count);
        foreach (var n in rows)
            notes.Add(new NoteView(n.Id, await sealer.OpenAsync<string>(n.SealedText, CaseNote.RecordType, n.SealingId, ct), n.WrittenBy, n.WrittenAt));
        await audit.RecordAsync("case.notes-read", AuditOutcome.Success, "case", id.ToString());
        return notes;
    }

    public async Task<Result<long>> AddEventAsync(CaseId id, TraffickingEventInput input, CancellationToken ct = default)
    {
        var owner = await db.Cases.Where(c => c.Id == id).Select(c => (Domain.Agencies.AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        Codes.TryParse<TraffickingEventType>(input.Type, out var type);
        var recorded = TraffickingEvent.Record(id, type, input.Country?.Trim().ToUpperInvariant(), input.City?.Trim(), input.ParsedDate,
            input.Acts, input.Means, input.Purposes, caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(input.Description))
            recorded.SealDescription(await sealer.SealAsync(input.Description.Trim(), TraffickingEvent.RecordType, recorded.SealingId, ct));
        db.TraffickingEvents.Add(recorded);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.event-added", AuditOutcome.Success, "case", id.ToString(), Codes.Of(type));
        return recorded.Id;
    }

    public async Task<Result<IReadOnlyList<TraffickingEventView>>> EventsAsync(CaseId id, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return Error.NotFound();
        var seesDescriptions = await OwnedCaseAsync(id, ct) is null;
        var rows = await db.TraffickingEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(ct);
        var events = new List<TraffickingEventView>(rows.Count);
        foreach (var e in rows)
        {
            var description = seesDescriptions && e.SealedDescription is not null
                ? await sealer.OpenAsync<string>(e.SealedDescription, TraffickingEvent.RecordType, e.SealingId, ct) : null;
            events.Add(new TraffickingEventView(e.Id, Codes.Of(e.Type), e.Country, e.City, e.Date, Split(e.Acts), Split(e.Means), Split(e.Purposes), description, e.RecordedAt));
        }
        return events;
    }

    public async Task<Result<long>> AddPerpetratorAsync(CaseId id, PerpetratorInput input, CancellationToken ct = default)
    {
        var owner = await db.Cases.Where(c => c.Id == id).Select(c => (Domain.Agencies.AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        if (!caller.CanChange(owner.Value)) return Error.ReadOnly();
        var recorded = Perpetrator.Record(id, input.Roles, input.Sex?.ToLowerInvariant(), input.Nationality?.Trim().ToUpperInvariant(),
            caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(input.Details))
            recorded.SealDetails(await sealer.SealAsync(input.Details.Trim(), Perpetrator.RecordType, recorded.SealingId, ct));
        db.Perpetrators.Add(recorded);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.perpetrator-added", AuditOutcome.Success, "case", id.ToString(), recorded.Roles);
        return recorded.Id;
    }

    /// <summary>Roles for whoever sees the case; what the person said of them only for the owning agency's sensitive tier.</summary>
    public async Task<Result<IReadOnlyList<PerpetratorView>>> PerpetratorsAsync(CaseId id, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return Error.NotFound();
        var seesDetails = await OwnedCaseAsync(id, ct) is null;
        var rows = await db.Perpetrators.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Id).ToListAsync(ct);
        var views = new List<PerpetratorView>(rows.Count);
        foreach (var p in rows)
        {
            var details = seesDetails && p.SealedDetails is not null
                ? await sealer.OpenAsync<string>(p.SealedDetails, Perpetrator.RecordType, p.SealingId, ct) : null;
            views.Add(new PerpetratorView(p.Id, Split(p.Roles), p.Sex, p.Nationality, details, p.RecordedAt));
        }
        if (seesDetails) await audit.RecordAsync("case.perpetrators-read", AuditOutcome.Success, "case", id.ToString());
        return views;
    }

    public async Task<Result<long>> AttachAsync(CaseId id, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        if (await OwnedCaseAsync(id, ct) is { } refused) return refused;
        var upload = await Shared.UploadedFiles.ReadAsync(content, length, CaseAttachment.MaxBytes, ct);
        if (!upload.Succeeded) return upload.Error!;
        var (bytes, type) = upload.Value;
        var attachment = CaseAttachment.Add(id, type, bytes.Length, caller.UserId, clock.GetUtcNow().UtcDateTime);
        attachment.Seal(
            await sealer.SealAsync(Path.GetFileName(fileName), CaseAttachment.RecordType + ":name", attachment.SealingId, ct),
            await sealer.SealAsync(bytes, CaseAttachment.RecordType, attachment.SealingId, ct));
        db.CaseAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.attachment-added", AuditOutcome.Success, "case", id.ToString(), $"{type};{bytes.Length}");
        return attachment.Id;
    }

    public async Task<Result<IReadOnlyList<AttachmentView>>> AttachmentsAsync(CaseId id, CancellationToken ct = default)
    {
        if (await OwnedCaseAsync(id, ct) is { } refused) return refused;
        var rows = await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.SealingId, a.SealedName, a.ContentType, a.Size, a.AddedAt }).ToListAsync(ct);
        var views = new List<AttachmentView>(rows.Count);
        foreach (var a in rows)
            views.Add(new AttachmentView(a.Id, await sealer.OpenAsync<string>(a.SealedName, CaseAttachment.RecordType + ":name", a.SealingId, ct), a.ContentType, a.Size, a.AddedAt));
        return views;
    }

    /// <summary>The file itself; every download is audited.</summary>
    public async Task<Result<(AttachmentView File, byte[] Content)>> DownloadAsync(CaseId id, long attachmentId, CancellationToken ct = default)
    {
        if (await OwnedCaseAsync(id, ct) is { } refused) return refused;
        var a = await db.CaseAttachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == attachmentId && x.CaseId == id, ct);
        if (a is null) return Error.NotFound();
        var name = await sealer.OpenAsync<string>(a.SealedName, CaseAttachment.RecordType + ":name", a.SealingId, ct);
        var content = await sealer.OpenAsync<byte[]>(a.SealedContent, CaseAttachment.RecordType, a.SealingId, ct);
        await audit.RecordAsync("case.attachment-read", AuditOutcome.Success, "case", id.ToString(), attachmentId.ToString());
        return (new AttachmentView(a.Id, name, a.ContentType, a.Size, a.AddedAt), content);
    }

    /// <summary>Null when the caller may see the sensitive tier of this case; otherwise why not (404 outside scope, 403 for the role).</summary>
    private async Task<Error?> OwnedCaseAsync(CaseId id, CancellationToken ct)
    {
        var owner = await db.Cases.Where(c => c.Id == id).Select(c => (Domain.Agencies.AgencyId?)c.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        return caller.SeesIdentityIn(owner.Value)
            ? null
            : Error.Forbidden("Your role does not see this part of the case.");
    }

    private static IReadOnlyList<string> Split(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
