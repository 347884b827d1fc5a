using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;

namespace Sanad.Features.Programme;

public sealed record ActivitySummary(Guid Id, string Kind, string Title, string Country, DateOnly StartsOn, DateOnly EndsOn, string Status);

public sealed record PartnerView(Guid Id, string Name, string Type, string Country);

public sealed record SessionView(Guid Id, DateOnly HeldOn, string Topic, string? Trainers, int Present);

/// <summary>
/// One activity. Readers (viewer, coordinator) get it without the staff-only parts: responsible
/// person, trainers and the number of people enrolled stay null for them.
/// </summary>
public sealed record ActivityView(Guid Id, Guid ProgrammeId, string Kind, string Title, string Country, DateOnly StartsOn, DateOnly EndsOn, string Status,
    string? Description, string? ResponsiblePerson, string? Outputs, IReadOnlyList<PartnerView> Partners, ActivityProfileData Profile,
    IReadOnlyList<SessionView> Sessions, int? Enrolled, int Version);

public sealed record ActivityFilter(string? Kind = null, string? Country = null, string? Status = null);

/// <summary>Activities of the current programme: listed and read by staff and readers, planned and changed by staff.</summary>
public sealed class Activities(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ActivitySummary>> ListAsync(ActivityFilter filter, CancellationToken ct = default)
    {
        var query = db.ProgrammeActivities.AsNoTracking();
        if (Codes.TryParse<ActivityKind>(filter.Kind, out var kind)) query = query.Where(a => a.Kind == kind);
        if (Codes.TryParse<ActivityStatus>(filter.Status, out var status)) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Country)) query = query.Where(a => a.Country == filter.Country.Trim().ToUpper());
        var rows = await query.OrderBy(a => a.StartsOn).ThenBy(a => a.Title).Take(1000).ToListAsync(ct);
        return rows.Select(a => new ActivitySummary(a.Id.Value, Codes.Of(a.Kind), a.Title, a.Country, a.StartsOn, a.EndsOn, Codes.Of(a.Status))).ToList();
    }

    public async Task<ActivityView?> OneAsync(ActivityId id, CancellationToken ct = default)
    {
        var a = await db.ProgrammeActivities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return a is null ? null : await ViewAsync(a, ct);
    }

    public async Task<Result<ActivityView>> PlanAsync(ActivityInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var programme = await db.Programmes.OrderByDescending(p => p.StartsOn).FirstOrDefaultAsync(ct);
        if (programme is null) return Error.Invalid("Set up the programme first: its name, dates and countries.");
        if (await RefusalAsync(programme, input, ct) is { } refused) return refused;
        var now = clock.GetUtcNow().UtcDateTime;
        Codes.TryParse<ActivityKind>(input.Kind, out var kind);
        var activity = ProgrammeActivity.Plan(programme.Id, kind, input.Title, input.Country, input.StartsOn, input.EndsOn, now);
        activity.Change(input.ToChange(), now);
        db.ProgrammeActivities.Add(activity);
        var profile = ActivityProfile.For(activity.Id);
        profile.Change(input.Profile.ToData());
        db.ActivityProfiles.Add(profile);
        db.ActivityPartners.AddRange(input.Partners.Distinct().Select(p => ActivityPartner.Of(activity.Id, new OrganisationId(p))));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.activity-planned", AuditOutcome.Success, "programme-activity", activity.Id.ToString(), Codes.Of(kind));
        return (await OneAsync(activity.Id, ct))!;
    }

    /// <summary>The activity as a full input, for a form or a PATCH to start from.</summary>
    public async Task<ActivityInput?> InputAsync(ActivityId id, CancellationToken ct = default) =>
        await OneAsync(id, ct) is not { } a ? null : new ActivityInput
        {
            Kind = a.Kind, Title = a.Title, Country = a.Country, StartsOn = a.StartsOn, EndsOn = a.EndsOn, Status = a.Status,
            Description = a.Description, ResponsiblePerson = a.ResponsiblePerson, Outputs = a.Outputs,
            Partners = a.Partners.Select(p => p.Id).ToList(), Profile = ProfileInput.From(a.Profile), Version = a.Version,
        };

    public async Task<Result<ActivityView>> ChangeAsync(ActivityId id, ActivityInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var activity = await db.ProgrammeActivities.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Error.NotFound();
        if (activity.Version != input.Version) return Stale();
        var programme = await db.Programmes.SingleAsync(p => p.Id == activity.ProgrammeId, ct);
        if (await RefusalAsync(programme, input, ct) is { } refused) return refused;
        activity.Change(input.ToChange(), clock.GetUtcNow().UtcDateTime);
        var profile = await db.ActivityProfiles.SingleOrDefaultAsync(p => p.ActivityId == id, ct);
        if (profile is null) db.ActivityProfiles.Add(profile = ActivityProfile.For(id));
        profile.Change(input.Profile.ToData());
        var partners = input.Partners.Distinct().Select(p => new OrganisationId(p)).ToList();
        var current = await db.ActivityPartners.Where(p => p.ActivityId == id).ToListAsync(ct);
        db.ActivityPartners.RemoveRange(current.Where(c => !partners.Contains(c.OrganisationId)));
        db.ActivityPartners.AddRange(partners.Where(p => current.All(c => c.OrganisationId != p)).Select(p => ActivityPartner.Of(id, p)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        await audit.RecordAsync("programme.activity-changed", AuditOutcome.Success, "programme-activity", id.ToString());
        return (await OneAsync(id, ct))!;
    }

    public static Error Stale() => Error.Conflict("Someone else changed this record since you opened it. Reload it and make your change again.");

    private async Task<Error?> RefusalAsync(Domain.Programmes.Programme programme, ActivityInput input, CancellationToken ct)
    {
        if (!programme.Covers(input.StartsOn) || !programme.Covers(input.EndsOn))
            return Error.Invalid("The activity must take place within the programme, from {0} to {1}.", programme.StartsOn, programme.EndsOn) with { Field = "startsOn" };
        var partners = input.Partners.Distinct().Select(p => new OrganisationId(p)).ToList();
        if (partners.Count > 0 && await db.ProgrammeOrganisations.CountAsync(o => partners.Contains(o.Id), ct) != partners.Count)
            return Error.Invalid("A partner organisation is not in the directory.") with { Field = "partners" };
        // A study points at what the Research module published: an approved release, never a draft.
        var releases = input.Profile.Studies.Where(st => st.ReleaseId is not null).Select(st => new Domain.Research.ReleaseId(st.ReleaseId!.Value)).Distinct().ToList();
        if (releases.Count > 0 && await db.Releases.CountAsync(r => releases.Contains(r.Id) && r.Status == Domain.Research.ReleaseStatuses.Approved, ct) != releases.Count)
            return Error.Invalid("A study's research release must be one the coordinator has approved.") with { Field = "profile.studies" };
        return null;
    }

    private async Task<ActivityView> ViewAsync(ProgrammeActivity a, CancellationToken ct)
    {
        var staff = caller.IsStaff();
        var partners = await db.ActivityPartners.AsNoTracking().Where(p => p.ActivityId == a.Id)
            .Join(db.ProgrammeOrganisations, p => p.OrganisationId, o => o.Id, (p, o) => o).OrderBy(o => o.Name).ToListAsync(ct);
        var profile = await db.ActivityProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ActivityId == a.Id, ct);
        var sessions = await db.ActivitySessions.AsNoTracking().Where(s => s.ActivityId == a.Id).OrderBy(s => s.HeldOn).ThenBy(s => s.Topic)
            .Select(s => new { s.Id, s.HeldOn, s.Topic, s.Trainers, Present = db.SessionAttendance.Count(x => x.SessionId == s.Id) }).ToListAsync(ct);
        int? enrolled = staff ? await db.Enrolments.CountAsync(e => e.ActivityId == a.Id, ct) : null;
        return new ActivityView(a.Id.Value, a.ProgrammeId.Value, Codes.Of(a.Kind), a.Title, a.Country, a.StartsOn, a.EndsOn, Codes.Of(a.Status),
            a.Description, staff ? a.ResponsiblePerson : null, a.Outputs,
            partners.Select(o => new PartnerView(o.Id.Value, o.Name, Codes.Of(o.Type), o.Country)).ToList(),
            profile?.Data() ?? ActivityProfileData.Empty,
            sessions.Select(s => new SessionView(s.Id.Value, s.HeldOn, s.Topic, staff ? s.Trainers : null, s.Present)).ToList(),
            enrolled, a.Version);
    }
}
