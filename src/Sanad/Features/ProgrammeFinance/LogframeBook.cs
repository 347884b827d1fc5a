using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Traffic lights of the progress view (rule in <see cref="LogframeBook.Light"/>).</summary>
public enum ProgressLight
{
    Green,
    Amber,
    Red,
    /// <summary>Not yet measurable: the period has not started, or no actual is known (or it is suppressed).</summary>
    None,
}

public sealed record IndicatorPeriodView(DateOnly StartsOn, DateOnly EndsOn, string Label, decimal Target, decimal? Actual, bool Suppressed,
    decimal? Achieved, string Light, int Version);

public sealed record IndicatorView(Guid Id, string Code, string Name, string Unit, decimal Baseline, string Source, string? Parameter, string? Country,
    IReadOnlyList<IndicatorPeriodView> Periods, int Version);

public sealed record LogframeEntryView(Guid Id, string Level, string Code, string Statement, string? Parent, IReadOnlyList<IndicatorView> Indicators, int Version);

public sealed record LogframeView(Guid ProgrammeId, string Programme, IReadOnlyList<LogframeEntryView> Entries, IReadOnlyList<string> Sources);

/// <summary>
/// The logframe and its progress: each indicator's target and actual per period, the actual entered
/// or computed by its source, and a traffic light per period.
/// </summary>
public sealed class LogframeBook(SanadDb db, IEnumerable<IIndicatorSource> sources, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Green from 90 % of the period's target, amber from 60 %, red below; no light before the period starts or without an actual.</summary>
    public static ProgressLight Light(decimal? achieved) => achieved switch
    {
        null => ProgressLight.None,
        >= 0.9m => ProgressLight.Green,
        >= 0.6m => ProgressLight.Amber,
        _ => ProgressLight.Red,
    };

    public IReadOnlyList<IIndicatorSource> Sources { get; } = sources.ToList();

    /// <summary>The logframe with the periods that overlap [from, to] (all when null).</summary>
    public async Task<LogframeView?> ReadAsync(Guid? programmeId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return null;
        var entries = await db.LogframeEntries.AsNoTracking().Where(e => e.ProgrammeId == programme.Id).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProgrammeId == programme.Id).ToListAsync(ct);
        var ids = indicators.Select(i => i.Id).ToList();
        var periods = await db.IndicatorPeriods.AsNoTracking().Where(p => ids.Contains(p.IndicatorId)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var codes = entries.ToDictionary(e => e.Id, e => e.Code);

        var indicatorViews = new Dictionary<LogframeEntryId, List<IndicatorView>>();
        foreach (var indicator in indicators.OrderBy(i => i.Code, StringComparer.Ordinal))
        {
            var views = new List<IndicatorPeriodView>();
            foreach (var p in periods.Where(p => p.IndicatorId == indicator.Id && (from is null || p.EndsOn >= from) && (to is null || p.StartsOn <= to)).OrderBy(p => p.StartsOn))
                views.Add(await PeriodAsync(programme.Id, indicator, p, today, ct));
            if (!indicatorViews.TryGetValue(indicator.LogframeEntryId, out var list)) indicatorViews[indicator.LogframeEntryId] = list = [];
            list.Add(new IndicatorView(indicator.Id.Value, indicator.Code, indicator.Name, indicator.Unit, indicator.Baseline, indicator.Source,
                indicator.Parameter, indicator.Country, views, indicator.Version));
        }
        var entryViews = entries.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => new LogframeEntryView(e.Id.Value, Codes.Of(e.Level), e.Code, e.Statement,
            e.ParentId is { } parent ? codes.GetValueOrDefault(parent) : null, indicatorViews.GetValueOrDefault(e.Id) ?? [], e.Version)).ToList();
        return new LogframeView(programme.Id.Value, programme.Name, entryViews, [Indicator.Entered, .. Sources.Select(s => s.Code)]);
    }

    private async Task<IndicatorPeriodView> PeriodAsync(ProgrammeId programme, Indicator indicator, IndicatorPeriod p, DateOnly today, CancellationToken ct)
    {
        decimal? actual = p.EnteredActual;
        var suppressed = false;
        if (!indicator.IsEntered && p.StartsOn <= today && Sources.FirstOrDefault(s => s.Code == indicator.Source) is { } source)
        {
            var measure = await source.MeasureAsync(new IndicatorQuery(programme, indicator.Parameter, indicator.Country, p.StartsOn, p.EndsOn), ct);
            (actual, suppressed) = (measure.Value, measure.Suppressed);
        }
        decimal? achieved = actual is { } value && p.StartsOn <= today ? (p.Target == 0 ? 1m : decimal.Round(value / p.Target, 4)) : null;
        return new IndicatorPeriodView(p.StartsOn, p.EndsOn, p.Label, p.Target, actual, suppressed, achieved, Codes.Of(Light(achieved)), p.Version);
    }

    public async Task<Result<LogframeEntryView>> WriteEntryAsync(Guid? programmeId, LogframeEntryInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        Codes.TryParse<LogframeLevel>(input.Level, out var level);
        var code = input.Code.Trim();
        if (await db.LogframeEntries.AnyAsync(e => e.ProgrammeId == programme.Id && e.Code == code, ct))
            return Error.Conflict("The logframe already has an entry {0}.", code) with { Field = "code" };
        var parent = await ParentAsync(programme.Id, level, input.Parent, ct);
        if (!parent.Succeeded) return parent.Error!;
        var entry = LogframeEntry.Write(programme.Id, level, parent.Value, code, input.Statement);
        db.LogframeEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("logframe.written", AuditOutcome.Success, "logframe-entry", entry.Id.ToString(), entry.Code);
        return new LogframeEntryView(entry.Id.Value, Codes.Of(entry.Level), entry.Code, entry.Statement, input.Parent?.Trim(), [], entry.Version);
    }

    /// <summary>Rewords an entry or moves it under another parent, from the version read; level and number stay.</summary>
    public async Task<Result<LogframeEntryView>> ReviseEntryAsync(Guid id, LogframeEntryInput input, CancellationToken ct = default)
    {
        var entry = await db.LogframeEntries.SingleOrDefaultAsync(e => e.Id == new LogframeEntryId(id), ct);
        if (entry is null) return Error.NotFound();
        if (entry.Version != input.Version) return StaleEntry();
        if (entry.Code != input.Code.Trim() || Codes.Of(entry.Level) != input.Level.Trim().ToLowerInvariant())
            return Error.Invalid("The level and number of a logframe entry cannot change: write a new entry instead.") with { Field = "code" };
        var parent = await ParentAsync(entry.ProgrammeId, entry.Level, input.Parent, ct);
        if (!parent.Succeeded) return parent.Error!;
        entry.Revise(parent.Value, input.Statement);
        if (!await db.SavedUnlessStaleAsync(ct)) return StaleEntry();
        await audit.RecordAsync("logframe.revised", AuditOutcome.Success, "logframe-entry", entry.Id.ToString(), entry.Code);
        return new LogframeEntryView(entry.Id.Value, Codes.Of(entry.Level), entry.Code, entry.Statement, input.Parent?.Trim(), [], entry.Version);
    }

    /// <summary>The entry one level up named by its number: the impact for an outcome, an outcome for an output, none for the impact.</summary>
    private async Task<Result<LogframeEntryId?>> ParentAsync(ProgrammeId programme, LogframeLevel level, string? parentCode, CancellationToken ct)
    {
        if (level == LogframeLevel.Impact) return (LogframeEntryId?)null;
        var parentLevel = level == LogframeLevel.Outcome ? LogframeLevel.Impact : LogframeLevel.Outcome;
        var code = parentCode?.Trim() ?? "";
        var parent = await db.LogframeEntries.Where(e => e.ProgrammeId == programme && e.Code == code && e.Level == parentLevel)
            .Select(e => (LogframeEntryId?)e.Id).SingleOrDefaultAsync(ct);
        return parent is null
            ? Error.Invalid("An outcome sits under the impact and an output under an outcome: give the number of the entry above.") with { Field = "parent" }
            : parent;
    }

    public async Task<Result<IndicatorView>> DefineAsync(Guid? programmeId, IndicatorInput input, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, programmeId, ct) is not { } programme) return Error.NotFound();
        var entryCode = input.Entry.Trim();
        var entry = await db.LogframeEntries.Where(e => e.ProgrammeId == programme.Id && e.Code == entryCode).Select(e => (LogframeEntryId?)e.Id).SingleOrDefaultAsync(ct);
        if (entry is null) return Error.Invalid("There is no logframe entry {0}.", entryCode) with { Field = "entry" };
        if (await db.Indicators.AnyAsync(i => i.ProgrammeId == programme.Id && i.Code == input.Code.Trim(), ct))
            return Error.Conflict("The logframe already has an indicator {0}.", input.Code.Trim()) with { Field = "code" };
        if (MeasureRefusal(input) is { } refused) return refused;
        var targets = input.Targets.OrderBy(t => t.StartsOn).ToList();
        var indicator = Indicator.Define(programme.Id, entry.Value, input.Code, input.Name, input.Unit, input.Baseline, input.Source, input.Parameter, input.Country);
        db.Indicators.Add(indicator);
        db.IndicatorPeriods.AddRange(targets.Select(t => IndicatorPeriod.Plan(indicator.Id, t.StartsOn, t.EndsOn, t.Target)));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("indicator.defined", AuditOutcome.Success, "indicator", indicator.Id.ToString(), indicator.Code);
        return new IndicatorView(indicator.Id.Value, indicator.Code, indicator.Name, indicator.Unit, indicator.Baseline, indicator.Source, indicator.Parameter, indicator.Country, [], indicator.Version);
    }

    /// <summary>
    /// Changes an indicator and its targets from the version read. A period kept (same start) keeps its
    /// entered actual; a period left out is removed, unless an actual was entered for it.
    /// </summary>
    public async Task<Result<IndicatorView>> ReviseIndicatorAsync(Guid id, IndicatorInput input, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == new IndicatorId(id), ct);
        if (indicator is null) return Error.NotFound();
        if (indicator.Version != input.Version) return StaleIndicator();
        if (indicator.Code != input.Code.Trim()) return Error.Invalid("The number of an indicator cannot change: define a new indicator instead.") with { Field = "code" };
        var entryCode = input.Entry.Trim();
        var entry = await db.LogframeEntries.Where(e => e.ProgrammeId == indicator.ProgrammeId && e.Code == entryCode).Select(e => (LogframeEntryId?)e.Id).SingleOrDefaultAsync(ct);
        if (entry is null) return Error.Invalid("There is no logframe entry {0}.", entryCode) with { Field = "entry" };
        if (MeasureRefusal(input) is { } refused) return refused;
        var periods = await db.IndicatorPeriods.Where(p => p.IndicatorId == indicator.Id).ToListAsync(ct);
        var targets = input.Targets.ToDictionary(t => t.StartsOn);
        if (periods.FirstOrDefault(p => p.EnteredActual is not null && !targets.ContainsKey(p.StartsOn)) is { } kept)
            return Error.Invalid("The period {0} has an actual entered: keep its target.", kept.Label) with { Field = "targets" };
        foreach (var period in periods)
            if (targets.TryGetValue(period.StartsOn, out var target)) period.Retarget(target.EndsOn, target.Target);
            else db.IndicatorPeriods.Remove(period);
        db.IndicatorPeriods.AddRange(input.Targets.Where(t => periods.All(p => p.StartsOn != t.StartsOn)).Select(t => IndicatorPeriod.Plan(indicator.Id, t.StartsOn, t.EndsOn, t.Target)));
        indicator.Revise(entry.Value, input.Name, input.Unit, input.Baseline, input.Source, input.Parameter, input.Country);
        if (!await db.SavedUnlessStaleAsync(ct)) return StaleIndicator();
        await audit.RecordAsync("indicator.revised", AuditOutcome.Success, "indicator", indicator.Id.ToString(), indicator.Code);
        return new IndicatorView(indicator.Id.Value, indicator.Code, indicator.Name, indicator.Unit, indicator.Baseline, indicator.Source, indicator.Parameter, indicator.Country, [], indicator.Version);
    }

    /// <summary>A source the node does not have, a parameter it does not count, or overlapping periods.</summary>
    private Error? MeasureRefusal(IndicatorInput input)
    {
        if (input.Source != Indicator.Entered)
        {
            var source = Sources.FirstOrDefault(s => s.Code == input.Source);
            if (source is null) return Error.Invalid("Choose how the actual is obtained from the list.") with { Field = "source" };
            if (!source.Parameters.Contains(input.Parameter?.Trim() ?? ""))
                return Error.Invalid("Choose what the source counts from the list: {0}.", string.Join(", ", source.Parameters)) with { Field = "parameter" };
        }
        var targets = input.Targets.OrderBy(t => t.StartsOn).ToList();
        return targets.Zip(targets.Skip(1)).Any(pair => pair.Second.StartsOn <= pair.First.EndsOn)
            ? Error.Invalid("The periods of an indicator may not overlap.") with { Field = "targets" }
            : null;
    }

    private static Error StaleEntry() => Error.Conflict("Someone else changed this logframe entry since you opened it. Reload it and make your change again.");

    private static Error StaleIndicator() => Error.Conflict("Someone else changed this indicator since you opened it. Reload it and make your change again.");

    /// <summary>Enters the actual of an entered indicator for one period, from the version read (a stale one is refused).</summary>
    public async Task<Result<IndicatorPeriodView>> EnterActualAsync(Guid indicatorId, IndicatorActualInput input, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == new IndicatorId(indicatorId), ct);
        if (indicator is null) return Error.NotFound();
        if (!indicator.IsEntered) return Error.Invalid("This indicator is computed from its source; its actual cannot be typed in.");
        var period = await db.IndicatorPeriods.SingleOrDefaultAsync(p => p.IndicatorId == indicator.Id && p.StartsOn == input.PeriodStartsOn, ct);
        if (period is null) return Error.Invalid("The indicator has no period starting on that date.") with { Field = "periodStartsOn" };
        if (period.Version != input.Version) return Stale();
        period.EnterActual(input.Actual, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        await audit.RecordAsync("indicator.actual-entered", AuditOutcome.Success, "indicator", indicator.Id.ToString(), period.Label);
        return await PeriodAsync(indicator.ProgrammeId, indicator, period, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
    }

    private static Error Stale() => Error.Conflict("Someone else entered this actual since you opened it. Reload the logframe and enter it again.");
}
