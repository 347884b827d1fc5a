using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Jurisdictions;
using Sanad.Web;

namespace Sanad.Features.Jurisdictions;

/// <summary>The rules in force for a country: the newest stored version and its number.</summary>
public sealed record RulesInForce(int Version, Jurisdiction Rules);

/// <summary>
/// The jurisdiction rules in force, per country, kept in memory: read on every case page and by the
/// deadline computations. Reloaded at once when an admin saves a version in this process, and
/// after a minute for versions saved by another process (the CLI, a second web node).
/// </summary>
public sealed class JurisdictionRules(IServiceScopeFactory scopes, NodeSettingsCache settings, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private (IReadOnlyDictionary<string, RulesInForce> ByCountry, DateTimeOffset LoadedAt)? _current;

    /// <summary>The rules of the node's own country (<c>NodeSettings.Country</c>); null when no file exists for it.</summary>
    public async Task<RulesInForce?> ForNodeAsync(CancellationToken ct = default) =>
        await ForAsync((await settings.GetAsync()).Country, ct);

    public async Task<RulesInForce?> ForAsync(string country, CancellationToken ct = default)
    {
        var current = _current;
        var byCountry = current is { } c && clock.GetUtcNow() - c.LoadedAt < MaxAge ? c.ByCountry : await LoadAsync(ct);
        return byCountry.GetValueOrDefault(country.ToUpperInvariant());
    }

    /// <summary>
    /// For callers that cannot wait (a deadline computed inside a synchronous rule): the rules as
    /// last loaded, loading them once if they never were.
    /// </summary>
    public RulesInForce? ForNow(string country)
    {
        var byCountry = _current?.ByCountry ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return byCountry.GetValueOrDefault(country.ToUpperInvariant());
    }

    public void Invalidate() => _current = null;

    private async Task<IReadOnlyDictionary<string, RulesInForce>> LoadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        var newest = await db.JurisdictionVersions.AsNoTracking()
            .Where(v => v.Number == db.JurisdictionVersions.Where(o => o.Country == v.Country).Max(o => o.Number))
            .Select(v => new { v.Country, v.Number, v.Json }).ToListAsync(ct);
        var byCountry = new Dictionary<string, RulesInForce>();
        foreach (var v in newest)
        {
            // Every stored version was checked when it was saved; one that no longer reads is a bug to hear about.
            var (rules, problems) = JurisdictionReader.Read(v.Json);
            byCountry[v.Country] = rules is not null ? new RulesInForce(v.Number, rules)
                : throw new InvalidOperationException($"The stored jurisdiction {v.Country} version {v.Number} no longer reads: "
                    + string.Join("; ", problems.Select(JurisdictionReader.Describe)));
        }
        _current = (byCountry, clock.GetUtcNow());
        return byCountry;
    }
}
