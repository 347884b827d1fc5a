using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;
// Sanad.Features.Programme (the activities feature) would hide the programme type here.
using Programme = Sanad.Domain.Programmes.Programme;

/// <summary>Which programme a request is about: the one named, or the node's first (most nodes run one).</summary>
public static class BudgetProgrammes
{
    public static async Task<Programme?> FindAsync(SanadDb db, Guid? id, CancellationToken ct) => id is { } named
        ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == new ProgrammeId(named), ct)
        : await db.Programmes.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
}
