using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Audit;
using Sanad.Domain.People;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.People;

/// <summary>
/// A person as the caller may see her. The identifying part is there only for roles that work
/// with her identity, in the owning agency (DESIGN §4 tiers); a coordinator sees the record
/// pseudonymised. Everything else of the record is statistical.
/// </summary>
public sealed record PersonView(
    Guid Id, Guid AgencyId, string Sex, int? YearOfBirth, string? Nationality, IReadOnlyList<string> Languages,
    DateTime CreatedAt, int Version, PersonIdentity? Identity, Guid? MergedInto = null, bool HasPhoto = false);

public sealed class ReadPeople(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller)
{
    /// <summary>One person, or null when she does not exist for the caller (agency wall). Every view is audited.</summary>
    public async Task<PersonView?> OneAsync(PersonId id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return null;
        var view = await ViewAsync(person, ct);
        if (view.Identity is not null) view = view with { HasPhoto = await db.PersonPhotos.AnyAsync(p => p.PersonId == id, ct) };
        await audit.RecordAsync("person.viewed", AuditOutcome.Success, Person.RecordType, id.ToString(), view.Identity is null ? "pseudonymised" : "identified");
        return view;
    }

    public async Task<Users.Page<PersonView>> PageAsync(int page, int pageSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var query = db.People.AsNoTracking().Where(p => p.MergedInto == null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var views = new List<PersonView>(rows.Count);
        foreach (var row in rows) views.Add(await ViewAsync(row, ct));
        await audit.RecordAsync("person.listed", AuditOutcome.Success, Person.RecordType, null, $"page:{page};rows:{rows.Count}");
        return new Users.Page<PersonView>(views, page, pageSize, total);
    }

    private async Task<PersonView> ViewAsync(Person person, CancellationToken ct)
    {
        var identity = caller.SeesIdentityIn(person.AgencyId) ? await sealer.OpenAsync<PersonIdentity>(person.SealedIdentity, Person.RecordType, person.Id.Value, ct) : null;
        return new PersonView(person.Id.Value, person.AgencyId.Value, person.Sex.ToString().ToLowerInvariant(), person.YearOfBirth,
            person.Nationality, person.LanguageList, person.CreatedAt, person.Version, identity, person.MergedInto?.Value);
    }
}
