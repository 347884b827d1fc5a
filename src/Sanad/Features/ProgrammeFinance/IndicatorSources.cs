using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>What a computed indicator asks its source: one programme, one period, the indicator's parameter and country.</summary>
public sealed record IndicatorQuery(ProgrammeId Programme, string? Parameter, string? Country, DateOnly From, DateOnly To);

/// <summary>A computed actual; <see cref="Suppressed"/> when it counts people and is too small to show (1 to 4).</summary>
public sealed record IndicatorMeasure(decimal? Value, bool Suppressed = false)
{
    /// <summary>Counts of people under this are shown as "fewer than 5", never as the number.</summary>
    public const int SmallCount = 5;

    public static IndicatorMeasure OfPeople(int count) => count is > 0 and < SmallCount ? new(null, true) : new(count);
}

/// <summary>
/// The extension point of the logframe: a source computes an indicator's actual for a period. An
/// indicator names its source by <see cref="Code"/>; register a new source in UseCases
/// (<c>AddScoped&lt;IIndicatorSource, …&gt;</c>) and it is offered on the logframe page and used in reports.
/// A source counting people must suppress small counts (<see cref="IndicatorMeasure.OfPeople"/>)
/// and never return a row about a person.
/// </summary>
public interface IIndicatorSource
{
    string Code { get; }
    /// <summary>The parameters it understands (activity kinds, case measures), offered in forms and checked on input.</summary>
    IReadOnlyList<string> Parameters { get; }
    Task<IndicatorMeasure> MeasureAsync(IndicatorQuery query, CancellationToken ct);
}

/// <summary>Activities of a kind completed in the period (ended in it), in one country or all.</summary>
public sealed class IndicatorFromActivities(SanadDb db) : IIndicatorSource
{
    public string Code => "activities-completed";

    public IReadOnlyList<string> Parameters { get; } = Enum.GetValues<ActivityKind>().Select(k => Codes.Of(k)).ToList();

    public async Task<IndicatorMeasure> MeasureAsync(IndicatorQuery q, CancellationToken ct)
    {
        var query = db.ProgrammeActivities.AsNoTracking()
            .Where(a => a.ProgrammeId == q.Programme && a.Status == ActivityStatus.Completed && a.EndsOn >= q.From && a.EndsOn <= q.To);
        if (Codes.TryParse<ActivityKind>(q.Parameter, out var kind)) query = query.Where(a => a.Kind == kind);
        if (q.Country is { } country) query = query.Where(a => a.Country == country);
        return new IndicatorMeasure(await query.CountAsync(ct));
    }
}

/// <summary>
/// Figures from the case module as counts only, over the whole node (every agency: the programme
/// reports on the mechanism, not on one agency): people identified (a decision other than "not a
/// victim"), referrals sent, people who started receiving a service. Counts of 1 to 4 are suppressed.
/// </summary>
public sealed class IndicatorFromCases(SanadDb db) : IIndicatorSource
{
    public const string Identified = "identified", Referred = "referred", Assisted = "assisted";

    public string Code => "case-aggregates";

    public IReadOnlyList<string> Parameters { get; } = [Identified, Referred, Assisted];

    public async Task<IndicatorMeasure> MeasureAsync(IndicatorQuery q, CancellationToken ct)
    {
        var fromTime = q.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toTime = q.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var count = q.Parameter switch
        {
            Identified => await db.IdentificationDecisions.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.DecidedOn >= q.From && d.DecidedOn <= q.To && d.Outcome != IdentificationOutcome.NotAVictim)
                .Select(d => d.CaseId).Distinct().CountAsync(ct),
            Referred => await db.Referrals.IgnoreQueryFilters().AsNoTracking()
                .CountAsync(r => r.SentAt >= fromTime && r.SentAt < toTime, ct),
            Assisted => await db.ServicesDelivered.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.StartedOn >= q.From && s.StartedOn <= q.To)
                .Select(s => s.CaseId).Distinct().CountAsync(ct),
            _ => 0,
        };
        return IndicatorMeasure.OfPeople(count);
    }
}
