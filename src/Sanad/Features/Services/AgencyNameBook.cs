using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Agencies;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Services;

/// <summary>The names of the node's agencies in the reader's language: a directory or referral list names many.</summary>
public sealed class AgencyNameBook(SanadDb db, AgencyNameMemory memory)
{
    private IReadOnlyDictionary<AgencyId, (string Code, string Name)>? _names;

    public async Task<IReadOnlyDictionary<AgencyId, (string Code, string Name)>> AllAsync(CancellationToken ct = default)
    {
        if (_names is not null) return _names;
        var language = Localization.CurrentLanguage;
        if (memory.Recall(language) is { } remembered) return _names = remembered;
        var version = memory.VersionBeforeReading;
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);
        _names = rows.ToDictionary(a => a.Id, a => (a.Code, a.NameIn(language)));
        memory.Remember(language, version, _names);
        return _names;
    }

    public async Task<string> NameAsync(AgencyId id, CancellationToken ct = default) =>
        (await AllAsync(ct)).TryGetValue(id, out var found) ? found.Name : id.ToString();
}

/// <summary>
/// The agencies' names per language, kept for the whole node between requests: every list and work
/// list names agencies, and they change a few times a year. Forgotten when an agency changes in this
/// process (<see cref="DirectoryVersion"/>) and after <see cref="KeptFor"/>, for a change made by
/// another process (the CLI's <c>agency add</c>).
/// </summary>
public sealed class AgencyNameMemory(DirectoryVersion directory, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private sealed record Entry(long Version, DateTimeOffset ReadAt, IReadOnlyDictionary<AgencyId, (string Code, string Name)> Names);

    private readonly ConcurrentDictionary<string, Entry> _byLanguage = new();

    /// <summary>Read before the database, so a change made during the read makes the result stale, not lost.</summary>
    public long VersionBeforeReading => directory.Current;

    public IReadOnlyDictionary<AgencyId, (string Code, string Name)>? Recall(string language) =>
        _byLanguage.TryGetValue(language, out var entry) && entry.Version == directory.Current && clock.GetUtcNow() - entry.ReadAt < KeptFor
            ? entry.Names : null;

    public void Remember(string language, long version, IReadOnlyDictionary<AgencyId, (string Code, string Name)> names) =>
        _byLanguage[language] = new Entry(version, clock.GetUtcNow(), names);
}
