using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Services;
using Sanad.Security;

namespace Sanad.Features.Services;

public sealed record ServiceView(
    Guid Id, Guid AgencyId, string AgencyName, string Type, string Name, string? Description, string? Governorate, string? City,
    IReadOnlyList<string> Languages, int? Capacity, int? Available, Eligibility Eligibility, IReadOnlyList<FocalPoint> FocalPoints,
    string? OpeningHours, bool IsActive, int Version, bool CanEdit);

public sealed record ServiceSearch(string? Type = null, string? Area = null, string? Language = null, bool IncludeInactive = false);

/// <summary>
/// The service directory: every role that may refer searches it by need, place and language; only
/// a supervisor of the agency that offers a service changes it, from the version they read.
/// </summary>
public sealed class ServiceDirectory(SanadDb db, AccessScope caller, AuditTrail audit, AgencyNameBook agencies, TimeProvider clock)
{
    private const int MaxResults = 200;

    public async Task<IReadOnlyList<ServiceView>> SearchAsync(ServiceSearch search, CancellationToken ct = default)
    {
        var query = db.AgencyServices.AsNoTracking();
        if (!search.IncludeInactive) query = query.Where(s => s.IsActive);
        if (!string.IsNullOrWhiteSpace(search.Type)) query = query.Where(s => s.Type == search.Type.Trim());
        if (!string.IsNullOrWhiteSpace(search.Area))
        {
            var area = search.Area.Trim().ToLower();
            query = query.Where(s => s.Governorate!.ToLower().Contains(area) || s.City!.ToLower().Contains(area));
        }
        if (!string.IsNullOrWhiteSpace(search.Language))
        {
            var language = "," + search.Language.Trim().ToLowerInvariant() + ",";
            query = query.Where(s => s.Languages.Contains(language));
        }
        var rows = await query.OrderBy(s => s.Type).ThenBy(s => s.Name).Take(MaxResults).ToListAsync(ct);
        var views = new List<ServiceView>(rows.Count);
        foreach (var row in rows) views.Add(await ViewAsync(row, ct));
        return views;
    }

    public async Task<ServiceView?> OneAsync(ServiceId id, CancellationToken ct = default) =>
        await db.AgencyServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } found ? await ViewAsync(found, ct) : null;

    /// <summary>A new service of the caller's own agency.</summary>
    public async Task<Result<ServiceView>> OfferAsync(ServiceInput input, CancellationToken ct = default)
    {
        if (caller.AgencyId is not { } agency || !MayEdit(agency))
            return Error.Forbidden("Only a supervisor of the agency that offers a service may change it.");
        var service = AgencyService.Offer(agency, input.ToDetails(), clock.GetUtcNow().UtcDateTime);
        db.AgencyServices.Add(service);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("service.offered", AuditOutcome.Success, "service", service.Id.ToString(), service.Type);
        return await ViewAsync(service, ct);
    }

    public async Task<Result<ServiceView>> ChangeAsync(ServiceId id, ServiceInput input, CancellationToken ct = default)
    {
        var service = await db.AgencyServices.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return Error.NotFound();
        if (!MayEdit(service.AgencyId)) return Error.Forbidden("Only a supervisor of the agency that offers a service may change it.");
        if (service.Version != input.Version) return Stale();
        service.Change(input.ToDetails(), clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        await audit.RecordAsync("service.changed", AuditOutcome.Success, "service", id.ToString(), service.Type);
        return await ViewAsync(service, ct);
    }

    private static Error Stale() => Error.Conflict("Someone else changed this service since you opened it. Reload it and make your change again.");

    private bool MayEdit(AgencyId owner) => caller.AgencyId == owner && caller.IsInRole(Roles.Supervisor) && !caller.IsAdmin;

    private async Task<ServiceView> ViewAsync(AgencyService s, CancellationToken ct) => new(
        s.Id.Value, s.AgencyId.Value, await agencies.NameAsync(s.AgencyId, ct), s.Type, s.Name, s.Description,
        s.Governorate, s.City, s.LanguageList, s.Capacity, s.Available,
        new Eligibility(s.EligibleSex, s.MinAge, s.MaxAge, s.NationalityList), s.FocalPointList, s.OpeningHours, s.IsActive, s.Version, MayEdit(s.AgencyId));
}
