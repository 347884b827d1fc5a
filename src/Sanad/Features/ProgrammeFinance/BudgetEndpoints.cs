using Microsoft.Extensions.Localization;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// /api/v1/programme: budget, expenditures, exchange rates, logframe and donor reports. The programme
/// role reads and writes all of it; the viewer reads published reports only. No case data: case
/// figures reach the logframe as suppressed counts only.
/// </summary>
public static class BudgetEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var programme = api.MapGroup("/programme").WithTags("Programme finance");
        var finance = programme.MapGroup("").RequireAuthorization(Policies.ProgrammeFinance);

        finance.MapGet("/budget", async (Guid? programme, DateOnly? from, DateOnly? to, BudgetBook books, CancellationToken ct) =>
                await books.ReadAsync(programme, from, to, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .WithSummary("Budget lines, funders, totals, budget versus actual by line, activity and funder, burn rate and the co-financing check (optionally for a period)");
        finance.MapPost("/budget/lines", async (Guid? programme, BudgetLineInput input, BudgetBook books, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => books.AddLineAsync(programme, input, ct), _ => "/api/v1/programme/budget"))
            .WithSummary("Add a budget line (code, category, amount in the budget currency, optional activity, eligibility)");
        finance.MapPut("/budget/lines/{id:guid}", async (Guid id, BudgetLineInput input, BudgetBook books, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => books.ReviseLineAsync(id, input, ct)))
            .WithSummary("Change a budget line's activity, category, description, amount or eligibility; give the version you read: a stale one is refused with 409");
        finance.MapPost("/budget/funders", async (Guid? programme, FundingSourceInput input, BudgetBook books, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => books.AddFunderAsync(programme, input, ct), _ => "/api/v1/programme/budget"))
            .WithSummary("Add a funder with its committed amount and its share of eligible costs (%)");
        finance.MapPut("/budget/funders/{id:guid}", async (Guid id, FundingSourceInput input, BudgetBook books, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => books.ReviseFunderAsync(id, input, ct)))
            .WithSummary("Change a funder's name, committed amount or share; give the version you read: a stale one is refused with 409");

        finance.MapGet("/expenditures", async (Guid? programme, DateOnly? from, DateOnly? to, int? page, ExpenditureBook book, CancellationToken ct) =>
                await book.ListAsync(programme, from, to, page ?? 1, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .WithSummary("Expenditures, newest first, 100 a page");
        finance.MapPost("/expenditures", async (Guid? programme, ExpenditureInput input, ExpenditureBook book, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => book.RecordAsync(programme, input, ct), _ => "/api/v1/programme/expenditures"))
            .WithSummary("Record an expenditure in EUR, JOD, LBP, IQD, SAR or KWD; refused without an exchange rate for its month");
        finance.MapPost("/expenditures/import", async (Guid? programme, IFormFile file, ExpenditureBook book, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var result = await book.ImportAsync(programme, stream, file.FileName, ct);
                if (!result.Succeeded) return result.Error!.ToProblem(t);
                return result.Value!.Problems.Count == 0
                    ? Results.Ok(result.Value)
                    : Results.Problem(detail: t["Nothing was imported: correct the lines listed and import the file again."], statusCode: StatusCodes.Status422UnprocessableEntity,
                        extensions: new Dictionary<string, object?> { ["lines"] = result.Value.Problems });
            })
            .DisableAntiforgery()
            .WithSummary("Import expenditures from CSV or XLSX (columns budget_line, funder, date, amount, currency, description, reference, eligible): all lines or none, with a numbered error per bad line");

        finance.MapGet("/exchange-rates", async (Guid? programme, ExchangeRateBook rates, Sanad.Data.SanadDb db, CancellationToken ct) =>
                await BudgetProgrammes.FindAsync(db, programme, ct) is { } found ? Results.Ok(await rates.ListAsync(found.BudgetCurrency, ct)) : Results.NotFound())
            .WithSummary("The exchange-rate table against the budget currency");
        finance.MapPost("/exchange-rates", async (Guid? programme, ExchangeRateInput input, ExchangeRateBook rates, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => rates.SetAsync(programme, input, ct)))
            .WithSummary("Set a currency's rate from a date (used for its month); the same currency and date again corrects it");

        finance.MapGet("/logframe", async (Guid? programme, DateOnly? from, DateOnly? to, LogframeBook logframe, CancellationToken ct) =>
                await logframe.ReadAsync(programme, from, to, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .WithSummary("Impact, outcomes, outputs and their indicators with target, actual and traffic light per period");
        finance.MapPost("/logframe/entries", async (Guid? programme, LogframeEntryInput input, LogframeBook logframe, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => logframe.WriteEntryAsync(programme, input, ct), _ => "/api/v1/programme/logframe"))
            .WithSummary("Write the impact, an outcome or an output");
        finance.MapPut("/logframe/entries/{id:guid}", async (Guid id, LogframeEntryInput input, LogframeBook logframe, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => logframe.ReviseEntryAsync(id, input, ct)))
            .WithSummary("Reword a logframe entry or move it under another entry of the level above; give the version you read: a stale one is refused with 409");
        finance.MapPost("/indicators", async (Guid? programme, IndicatorInput input, LogframeBook logframe, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => logframe.DefineAsync(programme, input, ct), _ => "/api/v1/programme/logframe"))
            .WithSummary("Define an indicator with its targets per period: entered, or computed by a source (activities-completed, case-aggregates)");
        finance.MapPut("/indicators/{id:guid}", async (Guid id, IndicatorInput input, LogframeBook logframe, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => logframe.ReviseIndicatorAsync(id, input, ct)))
            .WithSummary("Change an indicator (entry, name, unit, baseline, source, targets per period); give the version you read: a stale one is refused with 409");
        finance.MapPut("/indicators/{id:guid}/actual", async (Guid id, IndicatorActualInput input, LogframeBook logframe, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => logframe.EnterActualAsync(id, input, ct)))
            .WithSummary("Enter an entered indicator's actual for a period; give the version you read: a stale one is refused with 409");

        finance.MapGet("/reports/donor", async (Guid? programme, DateOnly from, DateOnly to, string funder, string? format, string? lang,
                DonorReports reports, IStringLocalizer<SharedResource> t, HttpContext http, CancellationToken ct) =>
            {
                if (!Codes.TryParse<DonorReportFormat>(format ?? "pdf", out var kind))
                    return ResultResponses.ValidationProblem(new() { ["format"] = [t["The format is pdf or xlsx."]] }, t);
                var result = await reports.GenerateAsync(new DonorReportRequest(programme, from, to, funder, lang ?? Web.Localization.CurrentLanguage), kind, ct);
                return result.Succeeded ? File(result.Value!, http) : result.Error!.ToProblem(t);
            })
            .WithSummary("The donor report of a funder for a period as PDF or XLSX, in en, fr or ar: activities, logframe progress, budget versus actual, co-financing check, charts");
        finance.MapPost("/reports/donor/publish", async (Guid? programme, DateOnly from, DateOnly to, string funder, string? lang,
                DonorReports reports, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await reports.PublishAsync(new DonorReportRequest(programme, from, to, funder, lang ?? Web.Localization.CurrentLanguage), ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/programme/reports/{result.Value!.Id}", result.Value) : result.Error!.ToProblem(t);
            })
            .WithSummary("Publish the donor report: its PDF and XLSX are kept as they are now, for the viewers");

        var published = programme.MapGroup("/reports").RequireAuthorization(Policies.PublishedReports);
        published.MapGet("/", async (DonorReports reports, CancellationToken ct) => Results.Ok(await reports.PublishedAsync(ct)))
            .WithSummary("Published donor reports (the viewer's reading list)");
        published.MapGet("/{id:guid}", async (Guid id, string? format, DonorReports reports, HttpContext http, CancellationToken ct) =>
                Codes.TryParse<DonorReportFormat>(format ?? "pdf", out var kind) && await reports.PublishedFileAsync(id, kind, ct) is { } file
                    ? File(file, http) : Results.NotFound())
            .WithSummary("A published donor report as it was published, PDF or XLSX");
    }

    private static IResult File(DonorReportFile file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
