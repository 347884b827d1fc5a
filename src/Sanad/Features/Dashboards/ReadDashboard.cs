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

    /// <summary>The cases in scope, with the statistical facts of their person, before any grouping.</summary>
    private IQueryable<CaseFacts> Cases(DashboardFilter f)
    {
        var agency = f.Agency;
        var country = f.Country;
        var q = from c in db.Cases.IgnoreQueryFilters()
                join p in db.People.IgnoreQueryFilters() on c.PersonId equals p.Id
                where agency == null || c.AgencyId == agency
                where country == null || p.Nationality == country
                select new CaseFacts
                {
                    Id = c.Id, Status = c.TraffickingStatus, OpenedAt = c.OpenedAt, Sex = p.Sex, YearOfBirth = p.YearOfBirth,
                    Nationality = p.Nationality, MethodsOfControl = c.MethodsOfControl, LabourExploitation = c.LabourExploitation,
                    SexExploitation = c.SexExploitation, LabourIndustries = c.LabourIndustries,
                };
        return q;
    }

    /// <summary>Identified victims: cases whose trafficking status is possible or actual, opened within the period.</summary>
    private IQueryable<CaseFacts> Identified(DashboardFilter f)
    {
        var (since, until) = Instants(f);
        return Cases(f).Where(c => (c.Status == TraffickingStatus.Possible || c.Status == TraffickingStatus.Actual)
            && (since == null || c.OpenedAt >= since) && (until == null || c.OpenedAt < until));
    }

    private static (DateTime? From, DateTime? Until) Instants(DashboardFilter f) => (
        f.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        f.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    private async Task<Counts> ByYearAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await Identified(f).GroupBy(c => new { c.OpenedAt.Year, c.Sex })
            .Select(g => new { g.Key.Year, g.Key.Sex, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(SexCodes);
        foreach (var r in rows.OrderBy(r => r.Year)) counts.Add(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), SexCode(r.Sex), r.Count);
        return counts;
    }

    private async Task<Counts> ByAgeAsync(DashboardFilter f, CancellationToken ct)
    {
        // The band is computed in SQL from the year of birth and the year the case was opened (the age then, within a year).
        var rows = await Identified(f)
            .Select(c => new { Age = c.YearOfBirth == null ? (int?)null : c.OpenedAt.Year - c.YearOfBirth, c.Sex })
            .Select(c => new
            {
                Band = c.Age == null || c.Age < 0 ? 5 : c.Age <= 8 ? 0 : c.Age <= 17 ? 1 : c.Age <= 29 ? 2 : c.Age <= 47 ? 3 : 4,
                c.Sex,
            })
            .GroupBy(c => new { c.Band, c.Sex }).Select(g => new { g.Key.Band, g.Key.Sex, Count = g.Count() }).ToListAsync(ct);
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
        var places = db.TraffickingEvents.Where(e => e.Type == TraffickingEventType.Exploitation && e.Country != null)
            .Select(e => new { e.CaseId, e.Country }).Distinct();
        var rows = await (from c in Identified(f)
                          join p in places on c.Id equals p.CaseId into found
                          from p in found.DefaultIfEmpty()
                          group c by new { c.Nationality, Country = p == null ? null : p.Country } into g
                          select new { g.Key.Nationality, g.Key.Country, Count = g.Count() }).ToListAsync(ct);
        var destinations = rows.Select(r => r.Country ?? Dashboard.Unknown).Distinct().Order(UnknownLast).ToList();
        var counts = new Counts(destinations, rows.Select(r => r.Nationality ?? Dashboard.Unknown).Distinct().Order(UnknownLast));
        foreach (var r in rows) counts.Add(r.Nationality ?? Dashboard.Unknown, r.Country ?? Dashboard.Unknown, r.Count);
        return counts;
    }

    private async Task<Counts> ReferralsAsync(DashboardFilter f, CancellationToken ct)
    {
        var (since, until) = Instants(f);
        var rows = await (from r in db.Referrals
                          join c in Cases(f) on r.CaseId equals c.Id
                          join s in db.AgencyServices on r.ServiceId equals (Domain.Services.ServiceId?)s.Id into asked
                          from s in asked.DefaultIfEmpty()
                          where (since == null || r.SentAt >= since) && (until == null || r.SentAt < until)
                          group r by new { Type = s == null ? null : s.Type, r.State } into g
                          select new { g.Key.Type, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(Enum.GetValues<Domain.Referrals.ReferralState>().Select(s => Codes.Of(s)).ToList(),
            Domain.Services.ServiceTypes.All.Append(Dashboard.NoService));
        foreach (var r in rows) counts.Add(r.Type ?? Dashboard.NoService, Codes.Of(r.State), r.Count);
        return counts;
    }

    private async Task<Counts> ServicesAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await (from s in db.ServicesDelivered
                          join c in Cases(f) on s.CaseId equals c.Id
                          where (f.From == null || s.StartedOn >= f.From) && (f.To == null || s.StartedOn <= f.To)
                          group s by new { s.ServiceType, s.Outcome } into g
                          select new { g.Key.ServiceType, g.Key.Outcome, Count = g.Count() }).ToListAsync(ct);
        var counts = new Counts(Enum.GetValues<Domain.Assistance.ServiceOutcome>().Select(o => Codes.Of(o)).ToList(), Domain.Services.ServiceTypes.All);
        foreach (var r in rows) counts.Add(r.ServiceType, Codes.Of(r.Outcome), r.Count);
        return counts;
    }

    /// <summary>
    /// From the first identification decision that is not "not a victim" to the first service
    /// delivered; the bin is decided in SQL by comparing dates, so no per-case row leaves the database.
    /// </summary>
    private async Task<Counts> TimeToAssistanceAsync(DashboardFilter f, CancellationToken ct)
    {
        // Two correlated minimums per case, each answered from its (case, ...) index, rather than joins to grouped subqueries.
        var rows = await (from c in Cases(f)
                          let identified = db.IdentificationDecisions.Where(d => d.CaseId == c.Id && d.Outcome != IdentificationOutcome.NotAVictim).Min(d => (DateOnly?)d.DecidedOn)
                          where identified != null && (f.From == null || identified >= f.From) && (f.To == null || identified <= f.To)
                          let assisted = db.ServicesDelivered.Where(s => s.CaseId == c.Id).Min(s => (DateOnly?)s.StartedOn)
                          select new
                          {
                              Bin = assisted == null ? 6
                                  : assisted <= identified ? 0
                                  : assisted <= identified.Value.AddDays(7) ? 1
                                  : assisted <= identified.Value.AddDays(30) ? 2
                                  : assisted <= identified.Value.AddDays(90) ? 3
                                  : assisted <= identified.Value.AddDays(365) ? 4
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

    /// <summary>The statistical facts of a case and its person; never a name, never a reference.</summary>
    private sealed class CaseFacts
    {
        public CaseId Id { get; init; }
        public TraffickingStatus? Status { get; init; }
        public DateTime OpenedAt { get; init; }
        public Sex Sex { get; init; }
        public int? YearOfBirth { get; init; }
        public string? Nationality { get; init; }
        public string MethodsOfControl { get; init; } = "";
        public string LabourExploitation { get; init; } = "";
        public string SexExploitation { get; init; } = "";
        public string LabourIndustries { get; init; } = "";
    }
}

public sealed record AgencyChoice(AgencyId Id, string Code, Agencies.AgencyLabel Label);
