using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Research;

/// <summary>The research area: datasets with the epsilon their releases spent, and the upload of a CTDC file.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class IndexModel(StatisticalDatasets datasets, CaseSnapshots snapshots, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<DatasetView> Datasets { get; private set; } = [];
    [BindProperty] public string? Name { get; set; }
    /// <summary>Every problem of a refused file, with its line.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];
    [TempData] public string? Imported { get; set; }
    /// <summary>Only the coordinator takes a snapshot of the cases (decision 0034).</summary>
    public bool MayTakeSnapshot => snapshots.MayTake;
    [BindProperty] public string? SnapshotName { get; set; }

    public async Task OnGetAsync() => Datasets = await datasets.ListAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? upload)
    {
        if (upload is not { Length: > 0 })
        {
            ModelState.AddModelError("upload", t["Choose a CSV file in the CTDC layout."]);
            await OnGetAsync();
            return Page();
        }
        await using var content = upload.OpenReadStream();
        var import = await datasets.ImportAsync(Name ?? "", upload.FileName, content);
        if (import.Dataset is { } dataset)
        {
            Imported = t["Imported {0} records as dataset {1}.", dataset.RecordCount, dataset.Name];
            return RedirectToPage();
        }
        import.Error!.AddTo(ModelState, t);
        Problems = [.. import.Problems.Select(p => t[p.MessageKey, p.Args].Value)];
        await OnGetAsync();
        return Page();
    }

    /// <summary>A snapshot of the cases as a dataset of kind "cases"; other roles are turned away.</summary>
    public async Task<IActionResult> OnPostFromCasesAsync()
    {
        if (!snapshots.MayTake) return Forbid();
        var result = await snapshots.SnapshotAsync(SnapshotName);
        if (result.Value is { } dataset)
        {
            Imported = t["Took a snapshot of {0} cases as dataset {1}.", dataset.RecordCount, dataset.Name];
            return RedirectToPage();
        }
        result.Error!.AddTo(ModelState, t);
        await OnGetAsync();
        return Page();
    }
}
