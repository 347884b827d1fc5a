using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Security;

namespace Sanad.Features.Dashboards;

/// <summary>
/// Computes a chart's figures with grouped SQL queries (one per chart, counting in the database,
/// never loading cases), then suppresses small counts. The agency wall is applied here, not by
/// the query filter: researchers and the programme see the whole node's aggregates, a supervisor
/// only the cases of their own agency, the coordinator the whole node.
/// </summary>
public sealed class ReadDashboard(SanadDb db, AccessScope scope, AuditTrail audit, IOptions<DashboardOptions> options)
{
    /// <summary>Roles that see the whole node's aggregates; a supervisor sees their agency's.</summary>
    public static readonly IReadOnlyList<string> NodeWideRoles = [Roles.Coordinator, Roles.Researcher, Roles.Programme];

    public async Task<Result<Figure>> ReadAsync(string chart, DashboardFilter filter, CancellationToken ct = default)
    {
        if (Dashboard.Find(chart) is not { } definition) return Error.NotFound();
        if (Wall(filter) is { } refused) return refused;
        var limited = filter with { Agency = AgencyOf(filter) };
        var counts = definition.Id switch
        {
            "victims-by-year" => await ByYearAsync(limited, ct),
            "victims-by-age" => await ByAgeAsync(limited, ct),
            "exploitation" => await ExploitationAsync(limited, ct),
            "sectors" => await FlagsAsync(limited, c => c.LabourIndustries, Htcds.LabourIndustries.Order(StringComparer.Ordinal), ct),
            "means-of-control" => await FlagsAsync(limited, c => c.MethodsOfControl, Htcds.MethodsOfControl.Order(StringComparer.Ordinal), ct),
            "flows" => await FlowsAsync(limited, ct),
            "referrals" => await ReferralsAsync(limited, ct),
            "services" => await ServicesAsync(limited, ct),
            _ => await TimeToAssistanceAsync(limited, ct),
        };
        return counts.ToFigure(definition.Id, options.Value.MinimumCount, filter);
    }

    /// <summary>Every chart of the dashboard for one filter, in the dashboard's order; the first refusal stops it.</summary>
    public async Task<Result<IReadOnlyList<(ChartDefinition Chart, Figure Figure)>>> ReadAllAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var charts = new List<(ChartDefinition, Figure)>(Dashboard.Charts.Count);
        foreach (var chart in Dashboard.Charts)
        {
            var figure = await ReadAsync(chart.Id, filter, ct);
            if (!figure.Succeeded) return figure.Error!;
            charts.Add((chart, figure.Value!));
        }
        return charts;
    }

    /// <summary>One audit line per dashboard view: which chart or page, with which filter (no figures, nothing about a person).</summary>
    public Task RecordViewAsync(string what, DashboardFilter filter) =>
        audit.RecordAsync("dashboard.viewed", AuditOutcome.Success, "dashboard", what, filter.QueryString());

    /// <summary>A supervisor may ask only for their own agency; a caller without a dashboard role for nothing.</summary>
    private Error? Wall(DashboardFilter filter)
    {
        if (NodeWide) return null;
        if (!scope.IsInRole(Roles.Supervisor) || scope.IsAdmin) return Error.Forbidden("Your role has no dashboards.");
        return filter.Agency is { } asked && asked != scope.AgencyId
            ? Error.Forbidden("You may see the figures of your own agency only.") with { Field = "agency" }
            : null;
    }

    private bool NodeWide => scope.IsSystem || (!scope.IsAdmin && NodeWideRoles.Any(scope.IsInRole));

    private AgencyId? AgencyOf(DashboardFilter filter) => NodeWide ? filter.Agency : scope.AgencyId ?? new AgencyId(Guid.Empty);

    public int MinimumCount => options.Value.MinimumCount;

    /// <summary>The agencies a node-wide reader may filter by (the directory is open within the node); none for a supervisor.</summary>
    public async Task<IReadOnlyList<AgencyChoice>> AgenciesAsync(CancellationToken ct = default) => NodeWide
        ? await db.Agencies.AsNoTracking().OrderBy(a => a.Code).Select(a => new AgencyChoice(a.Id, a.Code, new Agencies.AgencyLabel(a.Code, a.NameEn, a.NameFr, a.NameAr))).ToListAsync(ct)
        : [];

    /// <summary>
    /// Every case in scope, by its facts (decision 0048): one narrow row per case, no join to the
    /// person. Each filter is added only when asked, so an unfiltered chart reads its index alone.
    /// </summary>
    private IQueryable<CaseFacts> Facts(DashboardFilter f)
    {
        var q = db.CaseFacts.AsNoTracking();
        if (f.Agency is { } agency) q = q.Where(c => c.AgencyId == agency);
        if (f.Country is { } country) q = q.Where(c => c.Nationality == country);
        return q;
    }

    /// <summary>
    /// Whether only some cases' referrals or services count. Their cases are then gathered once (the
    /// database builds the set from the facts and probes it) rather than joined row by row.
    /// </summary>
    private static bool Scoped(DashboardFilter f) => f.Agency is not null || f.Country is not null;

    /// <summary>Identified victims: cases whose trafficking status is possible or actual, opened within the period.</summary>
    private IQueryable<CaseFacts> Identified(DashboardFilter f)
    {
        var (since, until) = Instants(f);
        var q = Facts(f).Where(c => c.Identified);
        if (since is { } from) q = q.Where(c => c.OpenedAt >= from);
        if (until is { } to) q = q.Where(c => c.OpenedAt < to);
        return q;
    }

    private static (DateTime? From, DateTime? Until) Instants(DashboardFilter f) => (
        f.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        f.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    private async Task<Counts> ByYearAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await Identified(f).GroupBy(c => new { Year = c.OpenedYear, c.Sex })
            .Select(g => new { g.Key.Year, g.Key.Sex, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(SexCodes);
        foreach (var r in rows.OrderBy(r => r.Year)) counts.Add(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), SexCode(r.Sex), r.Count);
        return counts;
    }

    private async Task<Counts> ByAgeAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await Identified(f).GroupBy(c => new { Band = c.AgeBand, c.Sex })
            .Select(g => new { g.Key.Band, g.Key.Sex, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(SexCodes, Dashboard.AgeBands);
        foreach (var r in rows) counts.Add(Dashboard.AgeBands[r.Band], SexCode(r.Sex), r.Count);
        return counts;
    }

    /// <summary>
    /// Multi-valued fields hold their codes sorted and comma-joined; the database groups by the
    /// whole combination (a few hundred distinct values at most) and the codes are summed here.
    /// </summary>
    private async Task<Counts> FlagsAsync(DashboardFilter f, System.Linq.Expressions.Expression<Func<CaseFacts, string>> field,
        IEnumerable<string> codes, CancellationToken ct)
    {
        var rows = await Identified(f).Select(field).GroupBy(v => v).Select(g => new { Codes = g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts([Dashboard.Cases], codes);
        foreach (var r in rows)
        foreach (var code in r.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries))
            counts.Add(code, Dashboard.Cases, r.Count);
        return counts;
    }

    private async Task<Counts> ExploitationAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await Identified(f).GroupBy(c => new { c.LabourExploitation, c.SexExploitation })
            .Select(g => new { g.Key.LabourExploitation, g.Key.SexExploitation, Count = g.Count() }).ToListAsync(ct);
        var codes = Htcds.LabourExploitation.Order(StringComparer.Ordinal).Select(c => "labour:" + c)
            .Concat(Htcds.SexExploitation.Order(StringComparer.Ordinal).Select(c => "sexual:" + c));
        var counts = new Counts([Dashboard.Cases], codes);
        foreach (var r in rows)
        {
            foreach (var code in r.LabourExploitation.Split(',', StringSplitOptions.RemoveEmptyEntries)) counts.Add("labour:" + code, Dashboard.Cases, r.Count);
            foreach (var code in r.SexExploitation.Split(',', StringSplitOptions.RemoveEmptyEntries)) counts.Add("sexual:" + code, Dashboard.Cases, r.Count);
        }
        return counts;
    }

    /// <summary>Each case counts once per country where it was exploited (its exploitation events); none recorded is "unknown".</summary>
    private async Task<Counts> FlowsAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await Identified(f).GroupBy(c => new { c.Nationality, c.ExploitationCountries })
            .Select(g => new { g.Key.Nationality, g.Key.ExploitationCountries, Count = g.Count() }).ToListAsync(ct);
        var flows = rows.SelectMany(r => Countries(r.ExploitationCountries).Select(to => (From: r.Nationality ?? Dashboard.Unknown, To: to, r.Count))).ToList();
        var counts = new Counts(flows.Select(x => x.To).Distinct().Order(UnknownLast).ToList(), flows.Select(x => x.From).Distinct().Order(UnknownLast));
        foreach (var (from, to, count) in flows) counts.Add(from, to, count);
        return counts;
    }

    private static IEnumerable<string> Countries(string joined) =>
        joined.Length == 0 ? [Dashboard.Unknown] : joined.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Referrals of the cases in scope sent in the period, by the type of service asked and their state now.</summary>
    private async Task<Counts> ReferralsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (since, until) = Instants(f);
        var referrals = db.Referrals.IgnoreQueryFilters().AsNoTracking();
        if (since is { } from) referrals = referrals.Where(r => r.SentAt >= from);
        if (until is { } to) referrals = referrals.Where(r => r.SentAt < to);
        if (Scoped(f)) referrals = referrals.Where(r => Facts(f).Select(c => c.CaseId).Contains(r.CaseId));
        var rows = await referrals.GroupBy(r => new { r.ServiceId, r.State }).Select(g => new { g.Key.ServiceId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        // The directory's services are few: their types are looked up here rather than joined to every referral.
        var asked = rows.Select(r => r.ServiceId).OfType<Domain.Services.ServiceId>().Distinct().ToList();
        var types = await db.AgencyServices.IgnoreQueryFilters().AsNoTracking().Where(s => asked.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Type, ct);
        var counts = new Counts(Enum.GetValues<Domain.Referrals.ReferralState>().Select(s => Codes.Of(s)).ToList(),
            Domain.Services.ServiceTypes.All.Append(Dashboard.NoService));
        foreach (var r in rows) counts.Add(r.ServiceId is { } id && types.TryGetValue(id, out var type) ? type : Dashboard.NoService, Codes.Of(r.State), r.Count);
        return counts;
    }

    private async Task<Counts> ServicesAsync(DashboardFilter f, CancellationToken ct)
    {
        var delivered = db.ServicesDelivered.AsNoTracking();
        if (f.From is { } from) delivered = delivered.Where(s => s.StartedOn >= from);
        if (f.To is { } to) delivered = delivered.Where(s => s.StartedOn <= to);
        if (Scoped(f)) delivered = delivered.Where(s => Facts(f).Select(c => c.CaseId).Contains(s.CaseId));
        var rows = await delivered.GroupBy(s => new { s.ServiceType, s.Outcome }).Select(g => new { g.Key.ServiceType, g.Key.Outcome, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(Enum.GetValues<Domain.Assistance.ServiceOutcome>().Select(o => Codes.Of(o)).ToList(), Domain.Services.ServiceTypes.All);
        foreach (var r in rows) counts.Add(r.ServiceType, Codes.Of(r.Outcome), r.Count);
        return counts;
    }

    /// <summary>
    /// From the first identification decision that is not "not a victim" to the first service
    /// delivered: the days between them are kept in the case facts, and the bin is decided in SQL
    /// from them, so no per-case row leaves the database.
    /// </summary>
    private async Task<Counts> TimeToAssistanceAsync(DashboardFilter f, CancellationToken ct)
    {
        var identified = Facts(f).Where(c => c.IdentifiedOn != null);
        if (f.From is { } from) identified = identified.Where(c => c.IdentifiedOn >= from);
        if (f.To is { } to) identified = identified.Where(c => c.IdentifiedOn <= to);
        var rows = await identified
            .Select(c => new
            {
                Bin = c.DaysToAssistance == null ? 6
                    : c.DaysToAssistance <= 0 ? 0
                    : c.DaysToAssistance <= 7 ? 1
                    : c.DaysToAssistance <= 30 ? 2
                    : c.DaysToAssistance <= 90 ? 3
                    : c.DaysToAssistance <= 365 ? 4
                    : 5,
            })
            .GroupBy(x => x.Bin).Select(g => new { Bin = g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts([Dashboard.Cases], Dashboard.DurationBins);
        foreach (var r in rows) counts.Add(Dashboard.DurationBins[r.Bin], Dashboard.Cases, r.Count);
        return counts;
    }

    private static readonly IReadOnlyList<string> SexCodes = Enum.GetValues<Sex>().Where(s => s != Sex.Unknown).Append(Sex.Unknown).Select(SexCode).ToList();

    private static string SexCode(Sex sex) => sex.ToString().ToLowerInvariant();

    private static readonly Comparer<string> UnknownLast = Comparer<string>.Create((a, b) =>
        a == b ? 0 : a == Dashboard.Unknown ? 1 : b == Dashboard.Unknown ? -1 : string.CompareOrdinal(a, b));
}

public sealed record AgencyChoice(AgencyId Id, string Code, Agencies.AgencyLabel Label);
