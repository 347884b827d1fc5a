using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Jurisdictions;
using Sanad.Security;

namespace Sanad.Features.Jurisdictions;

public sealed record JurisdictionSummary(string Country, int Version, string Status, DateTime SavedAt, int Versions);

public sealed record JurisdictionVersionLine(int Version, string Status, Guid? SavedBy, DateTime SavedAt);

/// <summary>One version of a country's file: its text, and the whole history (newest first).</summary>
public sealed record JurisdictionView(string Country, int Version, string Status, bool InForce, Guid? SavedBy, DateTime SavedAt,
    System.Text.Json.JsonElement Rules, IReadOnlyList<JurisdictionVersionLine> History);

public sealed class SaveJurisdictionInput
{
    /// <summary>The version the admin started from; a newer one saved meanwhile refuses the save (409).</summary>
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Version you edited")]
    public int? BasedOnVersion { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Jurisdiction file")]
    public System.Text.Json.JsonElement? Rules { get; set; }
}

/// <summary>
/// The stored versions of jurisdiction files: the shipped files become version 1 of their country
/// on first start, admins save new versions (checked first: nothing is stored on a problem), and
/// the newest is in force. Versions are never changed or deleted. Admins only.
/// </summary>
public sealed class ManageJurisdictions(SanadDb db, ShippedJurisdictions shipped, JurisdictionRules rules, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    /// <summary>Stores each shipped file as version 1 of a country that has none yet; run at every start.</summary>
    public async Task EnsureShippedAsync(CancellationToken ct = default)
    {
        var stored = await db.JurisdictionVersions.Select(v => v.Country).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in shipped.ByCountry.Values.Where(f => !stored.Contains(f.Country)))
            db.JurisdictionVersions.Add(JurisdictionVersion.Save(file.Country, 1, file.Json, file.Rules.Status, null, now));
        await db.SaveChangesAsync(ct);
        rules.Invalidate();
    }

    public async Task<IReadOnlyList<JurisdictionSummary>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.JurisdictionVersions.AsNoTracking()
            .Select(v => new { v.Country, v.Number, v.Status, v.SavedAt }).ToListAsync(ct);
        return rows.GroupBy(r => r.Country).OrderBy(g => g.Key).Select(g =>
        {
            var newest = g.MaxBy(r => r.Number)!;
            return new JurisdictionSummary(g.Key, newest.Number, Codes.Of(newest.Status), newest.SavedAt, g.Count());
        }).ToList();
    }

    /// <summary>A version of a country's file (the one in force when <paramref name="version"/> is null), with the history.</summary>
    public async Task<JurisdictionView?> GetAsync(string country, int? version = null, CancellationToken ct = default)
    {
        country = country.Trim().ToUpperInvariant();
        var history = await db.JurisdictionVersions.AsNoTracking().Where(v => v.Country == country).OrderByDescending(v => v.Number)
            .Select(v => new JurisdictionVersionLine(v.Number, v.Status == JurisdictionStatus.Active ? "active" : "draft-for-review", v.SavedBy, v.SavedAt))
            .ToListAsync(ct);
        if (history.Count == 0) return null;
        var number = version ?? history[0].Version;
        var found = await db.JurisdictionVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Country == country && v.Number == number, ct);
        if (found is null) return null;
        using var json = System.Text.Json.JsonDocument.Parse(found.Json);
        return new JurisdictionView(country, found.Number, Codes.Of(found.Status), found.Number == history[0].Version, found.SavedBy, found.SavedAt,
            json.RootElement.Clone(), history);
    }

    /// <summary>Checks and stores a new version; returns its number. Every problem is returned (the first as the error, all in <paramref name="problems"/>).</summary>
    public async Task<Result<int>> SaveAsync(string country, int basedOnVersion, string json, List<Error> problems, CancellationToken ct = default)
    {
        country = country.Trim().ToUpperInvariant();
        var (read, found) = JurisdictionReader.Read(json);
        problems.AddRange(found);
        if (read is not null && read.Country != country)
            problems.Add(Error.Invalid("{0} must be {1}, the country being saved.", "$.country", country) with { Field = "$.country" });
        if (problems.Count > 0) return problems[0];

        var newest = await db.JurisdictionVersions.Where(v => v.Country == country).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        if (newest != basedOnVersion)
            return Error.Conflict("Someone saved version {0} of this jurisdiction since you opened version {1}. Open the newest version and make your change again.", newest, basedOnVersion);
        db.JurisdictionVersions.Add(JurisdictionVersion.Save(country, newest + 1, json, read!.Status, caller.UserId, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin stored the same version number first (unique country and number).
            return Error.Conflict("Someone saved version {0} of this jurisdiction since you opened version {1}. Open the newest version and make your change again.", newest + 1, basedOnVersion);
        }
        rules.Invalidate();
        await audit.RecordAsync("jurisdiction.saved", AuditOutcome.Success, "jurisdiction", country, $"version:{newest + 1};status:{Codes.Of(read.Status)}");
        return newest + 1;
    }
}
