using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Research;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Research;

/// <summary>The privacy ledger: every release, the epsilon spent per dataset, the coordinator's approve and reject, downloads of approved releases.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class ReleasesModel(ReleaseLedger ledger, StatisticalDatasets datasets, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<ReleaseView> Releases { get; private set; } = [];
    public IReadOnlyList<DatasetView> Datasets { get; private set; } = [];
    [TempData] public string? Prepared { get; set; }

    public async Task OnGetAsync()
    {
        Releases = await ledger.LedgerAsync();
        Datasets = await datasets.ListAsync();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version) => DecideAsync(id, true, version, null);

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? note) => DecideAsync(id, false, version, note);

    public async Task<IActionResult> OnGetDownloadAsync(Guid id)
    {
        var file = await ledger.DownloadAsync(new ReleaseId(id));
        if (file.Succeeded) return File(file.Value!.Content, file.Value.ContentType, file.Value.FileName);
        file.Error!.AddTo(ModelState, t);
        await OnGetAsync();
        return Page();
    }

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, int version, string? note)
    {
        var result = await ledger.DecideAsync(new ReleaseId(id), approve, new ReleaseDecision(version, note));
        if (result.Succeeded) return RedirectToPage();
        result.Error!.AddTo(ModelState, t);
        await OnGetAsync();
        return Page();
    }
}
