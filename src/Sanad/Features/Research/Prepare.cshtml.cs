using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Research;

/// <summary>Prepare a release of a dataset: the method and its parameters; the release then waits for a coordinator.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class PrepareModel(StatisticalDatasets datasets, ReleaseLedger ledger, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public PrepareReleaseInput Input { get; set; } = new() { K = 11 };
    public IReadOnlyList<DatasetView> Datasets { get; private set; } = [];
    [TempData] public string? Prepared { get; set; }

    public async Task OnGetAsync() => Datasets = await datasets.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await ledger.PrepareAsync(Input);
            if (result.Succeeded)
            {
                Prepared = t["The release is prepared: it waits for a coordinator's approval."];
                return Redirect("/Research/Releases");
            }
            result.Error!.AddTo(ModelState, t, nameof(Input));
        }
        await OnGetAsync();
        return Page();
    }
}
