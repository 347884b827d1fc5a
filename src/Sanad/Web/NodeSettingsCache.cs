using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Node;

namespace Sanad.Web;

/// <summary>
/// The node settings, read on every request by the two-factor gate, are kept in memory and
/// reloaded when an admin saves them in this process (or after a minute, for changes made elsewhere).
/// </summary>
public sealed class NodeSettingsCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private (NodeSettings Settings, DateTimeOffset LoadedAt)? _current;

    public ValueTask<NodeSettings> GetAsync()
    {
        var current = _current;
        return current is { } c && clock.GetUtcNow() - c.LoadedAt < MaxAge
            ? ValueTask.FromResult(c.Settings)
            : new ValueTask<NodeSettings>(LoadAsync());
    }

    private async Task<NodeSettings> LoadAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        var settings = await db.NodeSettings.AsNoTracking().SingleOrDefaultAsync() ?? NodeSettings.Initial("JO", "Asia/Amman");
        _current = (settings, clock.GetUtcNow());
        return settings;
    }

    public void Invalidate() => _current = null;
}
