using System.Collections.Concurrent;
using System.Security.Claims;

namespace Sanad.Security;

/// <summary>
/// Remembers, for half a minute, who a valid token belongs to, so an API client does not cost a
/// database query per request. An entry is dropped as soon as anything in the account directory
/// changes in this process (see <see cref="DirectoryVersion"/>), and the token's expiry is checked
/// on every hit. Only valid tokens are remembered, so random guesses cannot fill the memory.
/// </summary>
public sealed class TokenSignIns(DirectoryVersion directory, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(IReadOnlyList<Claim> Claims, DateTime ExpiresAt, long Version, DateTimeOffset CachedAt);

    public IReadOnlyList<Claim>? Find(string secretHash)
    {
        if (!_entries.TryGetValue(secretHash, out var entry)) return null;
        var now = clock.GetUtcNow();
        if (entry.Version == directory.Current && now - entry.CachedAt < MaxAge && now.UtcDateTime < entry.ExpiresAt)
            return entry.Claims;
        _entries.TryRemove(secretHash, out _);
        return null;
    }

    /// <summary>Call with the version read before the database lookup, so a change during the lookup is not masked.</summary>
    public void Remember(string secretHash, IReadOnlyList<Claim> claims, DateTime expiresAt, long version)
    {
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[secretHash] = new Entry(claims, expiresAt, version, clock.GetUtcNow());
    }
}
