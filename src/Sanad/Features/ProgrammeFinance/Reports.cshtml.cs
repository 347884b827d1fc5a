using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// Donor reports: the programme role generates one for a funder and a period (PDF or XLSX, in a
/// language) and publishes it; the viewer sees and downloads the published ones only.
/// </summary>
[Authorize(Policy = Policies.PublishedReports)]
public sealed class ReportsModel(DonorReports reports, BudgetBook books, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<PublishedReportView> Published { get; private set; } = [];
    public BudgetView? Books { get; private set; }
    public bool MayGenerate => User.IsInRole(Roles.Programme) && !User.IsInRole(Roles.Admin);
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public string Funder { get; set; } = "";
    [BindProperty] public string Language { get; set; } = Languages.English;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!MayGenerate) return Forbid();
        if (From is not { } from || To is not { } to) ModelState.AddModelError("", t["Give the start and the end of the period."]);
        else
        {
            var result = await reports.PublishAsync(new DonorReportRequest(null, from, to, Funder, Language));
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The report is published."].Value;
                return RedirectToPage();
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Published = await reports.PublishedAsync();
        if (MayGenerate) Books = await books.ReadAsync(null);
    }
}
