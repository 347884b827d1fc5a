using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Research;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Research;

/// <summary>
/// /api/v1/research: datasets, the privacy ledger and the publication of dashboard charts and reports
/// through it (researcher and coordinator); /api/v1/releases:
/// approved releases, their metadata, utility report and file.
/// </summary>
public static class ResearchEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var research = api.MapGroup("/research").WithTags("Research").RequireAuthorization(Policies.Research);

        research.MapGet("/datasets", async (StatisticalDatasets datasets, CancellationToken ct) => TypedResults.Ok(await datasets.ListAsync(ct)))
            .WithSummary("The statistical datasets, with the epsilon their DP releases spent (never their records)");

        research.MapPost("/datasets", async ([FromForm] string? name, IFormFile? file, StatisticalDatasets datasets, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (file is null) return ResultResponses.ValidationProblem(new() { ["file"] = [t["Choose a CSV file in the CTDC layout."]] }, t);
                await using var content = file.OpenReadStream();
                var import = await datasets.ImportAsync(name ?? "", file.FileName, content, ct);
                return import.Dataset is { } dataset
                    ? TypedResults.Created($"/api/v1/research/datasets/{dataset.Id}", dataset)
                    : ImportProblem(import, t);
            })
            .DisableAntiforgery()
            .WithSummary("Import a CSV in the 63-column CTDC layout (multipart: name, file); a file with any problem is refused whole, each problem with its line");

        research.MapPost("/datasets/from-cases", async (CasesSnapshotInput? input, CaseSnapshots snapshots, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await snapshots.SnapshotAsync(input?.Name, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/research/datasets/{result.Value!.Id}", result.Value) : result.Error!.ToProblem(t);
            })
            .WithSummary("Take a snapshot of the cases in the CTDC layout as a dataset of kind cases (coordinator; no case id, reference or name in it)");

        research.MapGet("/releases", async (ReleaseLedger ledger, CancellationToken ct) => TypedResults.Ok(await ledger.LedgerAsync(ct)))
            .WithSummary("The privacy ledger: every release prepared, approved or rejected");

        research.MapPost("/releases", async (PrepareReleaseInput input, ReleaseLedger ledger, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => ledger.PrepareAsync(input, ct), created => $"/api/v1/research/releases/{created.Id}"))
            .WithSummary("Prepare a release of a dataset (k-anonymised microdata, k or DP aggregates); it waits for a coordinator's approval");

        research.MapPost("/releases/chart", async (PublishChartInput input, DashboardReleases dashboards, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => dashboards.PrepareChartAsync(input, ct), created => $"/api/v1/research/releases/{created.Id}"))
            .WithSummary("Prepare a release of one dashboard chart (csv with HXL, or png) for a filter and a language; it waits for a coordinator's approval")
            .WithDescription("Body: chart (an id of /api/v1/dashboards), from and to (YYYY-MM-DD), country (ISO 3166-1 alpha-2), agency (id), format (csv or png), language (ar, fr or en). The file is made now, with small counts suppressed, and frozen: the bytes approved are the bytes published.");

        research.MapPost("/releases/report", async (PublishReportInput input, DashboardReleases dashboards, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => dashboards.PrepareReportAsync(input, ct), created => $"/api/v1/research/releases/{created.Id}"))
            .WithSummary("Prepare a release of the whole dashboard as one PDF report for a filter and a language; it waits for a coordinator's approval");

        research.MapPost("/releases/{id:guid}/approve", async (Guid id, ReleaseDecision decision, ReleaseLedger ledger, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await ledger.DecideAsync(new ReleaseId(id), true, decision, ct)).ToOk(t))
            .WithSummary("Approve a prepared release (a coordinator who did not prepare it); give the version you read");

        research.MapPost("/releases/{id:guid}/reject", async (Guid id, ReleaseDecision decision, ReleaseLedger ledger, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await ledger.DecideAsync(new ReleaseId(id), false, decision, ct)).ToOk(t))
            .WithSummary("Reject a prepared release with a reason; a DP release gives its epsilon back to the dataset");

        var releases = api.MapGroup("/releases").WithTags("Research").RequireAuthorization(Policies.Releases);

        releases.MapGet("/", async (ReleaseLedger ledger, CancellationToken ct) => TypedResults.Ok(await ledger.PublishedAsync(ct)))
            .WithSummary("Approved releases with their method, parameters, epsilon, utility report and hash");

        releases.MapGet("/{id:guid}", async (Guid id, ReleaseLedger ledger, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                (await ledger.OneAsync(new ReleaseId(id), ct)).ToOk(t))
            .WithSummary("One release");

        releases.MapGet("/{id:guid}/download", async (Guid id, ReleaseLedger ledger, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var file = await ledger.DownloadAsync(new ReleaseId(id), ct);
                return file.Succeeded ? TypedResults.File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : file.Error!.ToProblem(t);
            })
            .WithSummary("The file of an approved release (audited); 409 before approval or if the file no longer matches its hash");
    }

    /// <summary>A refused import as a validation problem: the field, then every problem of the file with its line.</summary>
    private static IResult ImportProblem(DatasetImport import, IStringLocalizer t)
    {
        var error = import.Error!;
        if (error.Kind != Domain.ErrorKind.Invalid) return error.ToProblem(t);
        var messages = new List<string> { t[error.MessageKey, error.Args] };
        messages.AddRange(import.Problems.Select(p => t[p.MessageKey, p.Args].Value));
        return ResultResponses.ValidationProblem(new() { [error.Field ?? ""] = [.. messages] }, t);
    }
}

/// <summary>The name of a snapshot of the cases; without one, "Cases" and the date.</summary>
public sealed record CasesSnapshotInput(string? Name);

