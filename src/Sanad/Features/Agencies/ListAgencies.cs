using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;

namespace Sanad.Features.Agencies;

/// <summary>An agency as any signed-in user may see it: no people, only the body itself.</summary>
public sealed record AgencySummary(Guid Id, string Code, string Name, string Kind, string Country, bool IsActive);

/// <summary>An agency with its names in every language, for the edit form and the API.</summary>
public sealed record AgencyDetails(Guid Id, string Code, string NameEn, string NameFr, string NameAr, string Kind, string Country, bool IsActive);

public sealed class ListAgencies(SanadDb db)
{
    public async Task<List<AgencySummary>> AllAsync(string language, bool includeInactive = true, CancellationToken ct = default)
    {
        var rows = await db.Agencies.AsNoTracking()
            .Where(a => includeInactive || a.IsActive)
            .OrderBy(a => a.Country).ThenBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.NameEn, a.NameFr, a.NameAr, a.Kind, a.Country, a.IsActive })
            .ToListAsync(ct);
        return rows.Select(a => new AgencySummary(a.Id.Value, a.Code, AgencyNames.Pick(language, a.NameEn, a.NameFr, a.NameAr),
            a.Kind.Code(), a.Country, a.IsActive)).ToList();
    }

    public Task<AgencyDetails?> OneAsync(AgencyId id, CancellationToken ct = default) =>
        db.Agencies.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AgencyDetails(a.Id.Value, a.Code, a.NameEn, a.NameFr, a.NameAr, AgencyKinds.Code(a.Kind), a.Country, a.IsActive))
            .SingleOrDefaultAsync(ct);
}
