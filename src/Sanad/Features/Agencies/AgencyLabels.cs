using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Security;

namespace Sanad.Features.Agencies;

/// <summary>An agency's code and names, as every page header and /me shows them.</summary>
public sealed record AgencyLabel(string Code, string NameEn, string NameFr, string NameAr)
{
    public string NameIn(string language) => Domain.Agencies.AgencyNames.Pick(language, NameEn, NameFr, NameAr);
}

/// <summary>
/// Agency codes and names kept in memory: they change rarely and are read on every /me. Dropped
/// whenever the directory changes in this process, and after a minute for changes made elsewhere.
/// </summary>
public sealed class AgencyLabels(DirectoryVersion directory, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<AgencyId, (AgencyLabel Label, long Version, DateTimeOffset At)> _labels = new();

    /// <summary>The database is asked for (from <paramref name="services"/>) only when the label is not in memory.</summary>
    public async ValueTask<AgencyLabel?> FindAsync(IServiceProvider services, AgencyId id, CancellationToken ct = default)
    {
        if (_labels.TryGetValue(id, out var hit) && hit.Version == directory.Current && clock.GetUtcNow() - hit.At < MaxAge)
            return hit.Label;
        var db = services.GetRequiredService<SanadDb>();
        var version = directory.Current;
        var label = await db.Agencies.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AgencyLabel(a.Code, a.NameEn, a.NameFr, a.NameAr)).SingleOrDefaultAsync(ct);
        if (label is not null) _labels[id] = (label, version, clock.GetUtcNow());
        return label;
    }
}
