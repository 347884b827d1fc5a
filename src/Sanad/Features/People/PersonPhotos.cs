using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.People;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.People;

public sealed record PhotoFile(string ContentType, byte[] Content, DateTime AddedAt);

/// <summary>
/// A person's photo: taken, shown and removed only by the roles that see her identity, in her
/// agency (a person of another agency does not exist for the caller: 404). Every view is audited,
/// as a view of her name is.
/// </summary>
public sealed class PersonPhotos(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<bool>> SetAsync(PersonId id, Stream content, long length, CancellationToken ct = default)
    {
        if (await RefusalAsync(id, ct) is { } refused) return refused;
        if (length <= 0 || length > PersonPhoto.MaxBytes)
            return Error.Invalid("A photo must be between 1 byte and 5 MB.") with { Field = "photo" };
        using var buffer = new MemoryStream((int)length);
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (PhotoTypes.Recognise(bytes.AsSpan(0, Math.Min(16, bytes.Length))) is not { } type)
            return Error.Invalid("A photo must be a JPEG or PNG image.") with { Field = "photo" };
        var photo = await db.PersonPhotos.SingleOrDefaultAsync(p => p.PersonId == id, ct);
        var replaced = photo is not null;
        if (photo is null)
        {
            photo = PersonPhoto.For(id);
            db.PersonPhotos.Add(photo);
        }
        await photo.ReplaceAsync(type, bytes, async (clear, sealingId) => await sealer.SealAsync(clear, PersonPhoto.RecordType, sealingId, ct),
            caller.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(replaced ? "person.photo-replaced" : "person.photo-added", AuditOutcome.Success, Person.RecordType, id.ToString(), $"{type};{bytes.Length}");
        return replaced;
    }

    /// <summary>The photo, or NotFound when she has none.</summary>
    public async Task<Result<PhotoFile>> GetAsync(PersonId id, CancellationToken ct = default)
    {
        if (await RefusalAsync(id, ct) is { } refused) return refused;
        var photo = await db.PersonPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == id, ct);
        if (photo is null) return Error.NotFound();
        var content = await sealer.OpenAsync<byte[]>(photo.SealedContent, PersonPhoto.RecordType, photo.SealingId, ct);
        await audit.RecordAsync("person.photo-viewed", AuditOutcome.Success, Person.RecordType, id.ToString());
        return new PhotoFile(photo.ContentType, content, photo.AddedAt);
    }

    public async Task<Result<bool>> RemoveAsync(PersonId id, CancellationToken ct = default)
    {
        if (await RefusalAsync(id, ct) is { } refused) return refused;
        var removed = await db.PersonPhotos.Where(p => p.PersonId == id).ExecuteDeleteAsync(ct);
        if (removed == 0) return Error.NotFound();
        await audit.RecordAsync("person.photo-removed", AuditOutcome.Success, Person.RecordType, id.ToString());
        return true;
    }

    private async Task<Error?> RefusalAsync(PersonId id, CancellationToken ct)
    {
        var owner = await db.People.Where(p => p.Id == id).Select(p => (Domain.Agencies.AgencyId?)p.AgencyId).SingleOrDefaultAsync(ct);
        if (owner is null) return Error.NotFound();
        return caller.SeesIdentityIn(owner.Value) ? null : Error.Forbidden("Your role does not see this person's identity.");
    }
}
