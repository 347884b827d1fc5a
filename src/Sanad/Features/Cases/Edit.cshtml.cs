using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Cases;

/// <summary>
/// The coded facts of a case on one form: trafficking status and who decided it, methods of
/// control, forms of exploitation, industries, relationship to the recruiter. Saved with the
/// version the caseworker read: if someone saved in between, she is told and nothing is lost.
/// </summary>
public sealed class EditModel(ReadCases read, UpdateCase update, AgencyWorkers workers, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public UpdateCaseInput Input { get; set; } = new();
    public CaseDetails Case { get; private set; } = null!;
    public IReadOnlyList<Worker> Workers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var found = Case;
        Input = new UpdateCaseInput
        {
            Version = found.Version,
            AssignedWorkerId = found.AssignedWorkerId,
            TraffickingStatus = found.TraffickingStatus,
            TraffickingStatusDecidedBy = found.TraffickingStatusDecidedBy,
            MethodsOfControl = [.. found.MethodsOfControl],
            LabourExploitation = [.. found.LabourExploitation],
            SexExploitation = [.. found.SexExploitation],
            LabourIndustries = [.. found.LabourIndustries],
            RecruiterRelationship = [.. found.RecruiterRelationship],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // An unticked group sends nothing: on this form that means "none", not "unchanged".
        Input.MethodsOfControl ??= [];
        Input.LabourExploitation ??= [];
        Input.SexExploitation ??= [];
        Input.LabourIndustries ??= [];
        Input.RecruiterRelationship ??= [];
        if (string.IsNullOrEmpty(Input.TraffickingStatus)) (Input.TraffickingStatus, Input.TraffickingStatusDecidedBy) = (null, null);
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = await update.HandleAsync(new CaseId(Id), Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The case is saved."].Value;
                return RedirectToPage("/Cases/Details", new { id = Id });
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await read.OneAsync(new CaseId(Id)) is not { } found) return false;
        Case = found;
        Workers = await workers.OfAsync(new Domain.Agencies.AgencyId(found.AgencyId));
        return true;
    }
}
