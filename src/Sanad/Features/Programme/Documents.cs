using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Programme;

public sealed record DocumentView(long Id, string FileName, string ContentType, long Size, DateTime AddedAt);

/// <summary>Files kept with an activity, for programme staff only: attendance sheets name people.</summary>
public sealed class Documents(SanadDb db, AccessScope caller, FieldSealer sealer, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<long>> AddAsync(ActivityId id, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        if (!await db.ProgrammeActivities.AnyAsync(a => a.Id == id, ct)) return Error.NotFound();
        var upload = await Shared.UploadedFiles.ReadAsync(content, length, ActivityDocument.MaxBytes, ct);
        if (!upload.Succeeded) return upload.Error!;
        var (bytes, type) = upload.Value;
        var document = ActivityDocument.Add(id, type, bytes.Length, caller.UserId, clock.GetUtcNow().UtcDateTime);
        document.Seal(
            await sealer.SealAsync(Path.GetFileName(fileName), ActivityDocument.RecordType + ":name", document.SealingId, ct),
            await sealer.SealAsync(bytes, ActivityDocument.RecordType, document.SealingId, ct));
        db.ActivityDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.document-added", AuditOutcome.Success, "programme-activity", id.ToString(), $"{type};{bytes.Length}");
        return document.Id;
    }

    public async Task<Result<IReadOnlyList<DocumentView>>> ListAsync(ActivityId id, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Documents of activities are for programme staff.");
        if (!await db.ProgrammeActivities.AnyAsync(a => a.Id == id, ct)) return Error.NotFound();
        var rows = await db.ActivityDocuments.AsNoTracking().Where(d => d.ActivityId == id).OrderByDescending(d => d.Id)
            .Select(d => new { d.Id, d.SealingId, d.SealedName, d.ContentType, d.Size, d.AddedAt }).ToListAsync(ct);
        var views = new List<DocumentView>(rows.Count);
        foreach (var d in rows)
            views.Add(new DocumentView(d.Id, await sealer.OpenAsync<string>(d.SealedName, ActivityDocument.RecordType + ":name", d.SealingId, ct), d.ContentType, d.Size, d.AddedAt));
        return views;
    }

    public async Task<Result<(DocumentView File, byte[] Content)>> DownloadAsync(ActivityId id, long documentId, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Documents of activities are for programme staff.");
        var d = await db.ActivityDocuments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == documentId && x.ActivityId == id, ct);
        if (d is null) return Error.NotFound();
        var name = await sealer.OpenAsync<string>(d.SealedName, ActivityDocument.RecordType + ":name", d.SealingId, ct);
        var content = await sealer.OpenAsync<byte[]>(d.SealedContent, ActivityDocument.RecordType, d.SealingId, ct);
        await audit.RecordAsync("programme.document-read", AuditOutcome.Success, "programme-activity", id.ToString(), documentId.ToString());
        return (new DocumentView(d.Id, name, d.ContentType, d.Size, d.AddedAt), content);
    }
}
