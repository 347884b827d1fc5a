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
/// Every agency's code and names, kept in memory for the whole node between requests: every page
/// header, /me, directory, referral list and work list names agencies, and they change a few times a
/// year. One entry for the whole directory and all three languages, forgotten when an agency changes
/// in this process (<see cref="DirectoryVersion"/>) and after <see cref="KeptFor"/>, for a change
/// made by another process (the CLI's <c>agency add</c>).
/// </summary>
public sealed class AgencyLabels(DirectoryVersion directory, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private sealed record Entry(long Version, DateTimeOffset ReadAt, IReadOnlyDictionary<AgencyId, AgencyLabel> Labels);

    private Entry? _entry;

    /// <summary>The whole directory; the database (<paramref name="db"/>) is asked only when what is kept is stale.</summary>
    public async ValueTask<IReadOnlyDictionary<AgencyId, AgencyLabel>> AllAsync(SanadDb db, CancellationToken ct = default)
    {
        if (_entry is { } kept && kept.Version == directory.Current && clock.GetUtcNow() - kept.ReadAt < KeptFor) return kept.Labels;
        // Read before the database, so a change made during the read leaves the result stale, not lost.
        var version = directory.Current;
        var labels = await db.Agencies.AsNoTracking()
            .Select(a => new { a.Id, Label = new AgencyLabel(a.Code, a.NameEn, a.NameFr, a.NameAr) }).ToDictionaryAsync(a => a.Id, a => a.Label, ct);
        _entry = new Entry(version, clock.GetUtcNow(), labels);
        return labels;
    }

    public async ValueTask<AgencyLabel?> FindAsync(IServiceProvider services, AgencyId id, CancellationToken ct = default) =>
        (await AllAsync(services.GetRequiredService<SanadDb>(), ct)).GetValueOrDefault(id);
}
