using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>What the programme asks for: a period, a funder (by code) and a language (en, fr, ar).</summary>
public sealed record DonorReportRequest(Guid? Programme, DateOnly From, DateOnly To, string Funder, string Language);

public sealed record DonorReportActivity(string Title, string Kind, string Country, DateOnly StartsOn, DateOnly EndsOn, string Status);

/// <summary>A budget line in the report: its budget, spent in the period and to its end, and how much of the period's spending the funder carried.</summary>
public sealed record DonorReportLine(string Code, string Category, string Description, string? Activity, decimal Budget, decimal SpentInPeriod, decimal SpentToDate, decimal FunderInPeriod);

/// <summary>
/// A section another part of the programme module adds to the donor report (the recommendations
/// status of the dialogues: <see cref="RecommendationsSection"/>): a heading and a table, printed in
/// the PDF (empty cells left out) and given a sheet of its own in the XLSX.
/// </summary>
public sealed record DonorReportSection(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The extension point for sections of the donor report built from other data: register an
/// implementation in UseCases (<c>AddScoped&lt;IDonorReportSection, …&gt;</c>); it is asked for its
/// section after the logframe, in the report's language (the current UI culture), and returns null
/// when it has nothing for the period. It must not return case data or a participant's personal data.
/// </summary>
public interface IDonorReportSection
{
    Task<DonorReportSection?> ComposeAsync(DonorReportRequest request, ProgrammeId programme, CancellationToken ct);
}

/// <summary>Everything the donor report says, in figures and codes; the PDF and XLSX writers translate and lay it out.</summary>
public sealed record DonorReportContent(
    string Programme, string Currency, string FunderCode, string FunderName, decimal FunderShare, decimal FunderCommitted, DateOnly From, DateOnly To,
    IReadOnlyList<DonorReportActivity> Activities, int ActivitiesInPeriod, LogframeView Logframe, IReadOnlyList<DonorReportLine> Lines,
    BudgetView ToDate, BudgetView InPeriod, IReadOnlyList<FundingCheckPeriod> CoFinancing, IReadOnlyList<DonorReportSection> Extra);

/// <summary>Gathers the donor report of a funder for a period from the activities, the logframe and the books.</summary>
public sealed class DonorReportComposer(SanadDb db, BudgetBook budget, LogframeBook logframe, IEnumerable<IDonorReportSection> sections)
{
    /// <summary>Activities listed in the report at most; a programme of 500 activities prints them all.</summary>
    public const int MaxActivities = 1000;

    public async Task<Result<DonorReportContent>> ComposeAsync(DonorReportRequest request, CancellationToken ct = default)
    {
        if (await BudgetProgrammes.FindAsync(db, request.Programme, ct) is not { } programme) return Error.NotFound();
        if (request.To < request.From) return Error.Invalid("The end of the period is before its start.") with { Field = "to" };
        if (request.From > programme.EndsOn || request.To < programme.StartsOn)
            return Error.Invalid("The period is outside the programme ({0} to {1}).", programme.StartsOn.ToString("yyyy-MM-dd"), programme.EndsOn.ToString("yyyy-MM-dd")) with { Field = "from" };
        var code = request.Funder.Trim().ToUpperInvariant();
        var funder = await db.FundingSources.AsNoTracking().SingleOrDefaultAsync(f => f.ProgrammeId == programme.Id && f.Code == code, ct);
        if (funder is null) return Error.Invalid("There is no funder {0} in this programme.", code) with { Field = "funder" };

        var activityQuery = db.ProgrammeActivities.AsNoTracking()
            .Where(a => a.ProgrammeId == programme.Id && a.StartsOn <= request.To && a.EndsOn >= request.From);
        var activityCount = await activityQuery.CountAsync(ct);
        var activities = (await activityQuery.OrderBy(a => a.StartsOn).ThenBy(a => a.Id).Take(MaxActivities).ToListAsync(ct))
            .Select(a => new DonorReportActivity(a.Title, Codes.Of(a.Kind), a.Country, a.StartsOn, a.EndsOn, Codes.Of(a.Status))).ToList();

        var toDate = (await budget.ReadAsync(programme.Id.Value, null, request.To, ct))!;
        var inPeriod = (await budget.ReadAsync(programme.Id.Value, request.From, request.To, ct))!;
        var funderTotals = (await ExpenditureTotals.ReadAsync(db, programme.Id, request.From, request.To, ct)).Where(t => t.Funder == funder.Id)
            .GroupBy(t => t.Line.Value).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var spentToDate = toDate.Lines.ToDictionary(l => l.Id, l => l.Actual);
        var lines = inPeriod.Lines.Select(l => new DonorReportLine(l.Code, l.Category, l.Description, l.Activity, l.Budget, l.Actual,
            spentToDate.GetValueOrDefault(l.Id), funderTotals.GetValueOrDefault(l.Id))).ToList();

        var progress = (await logframe.ReadAsync(programme.Id.Value, request.From, request.To, ct))!;
        var extra = new List<DonorReportSection>();
        foreach (var section in sections)
            if (await section.ComposeAsync(request, programme.Id, ct) is { } composed) extra.Add(composed);

        return new DonorReportContent(programme.Name, programme.BudgetCurrency, funder.Code, funder.Name, funder.Share, funder.Committed,
            request.From, request.To, activities, activityCount, progress, lines, toDate, inPeriod, inPeriod.CoFinancing, extra);
    }
}
