using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>The logframe's progress with traffic lights, and the actuals of entered indicators typed in per period.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class LogframeModel(LogframeBook logframe, IStringLocalizer<SharedResource> t) : PageModel
{
    public LogframeView? Logframe { get; private set; }
    [BindProperty] public Guid IndicatorId { get; set; }
    [BindProperty] public IndicatorActualInput Input { get; set; } = new();

    public async Task OnGetAsync() => Logframe = await logframe.ReadAsync(null);

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = await logframe.EnterActualAsync(IndicatorId, Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The actual is saved."].Value;
                return RedirectToPage();
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
        }
        Logframe = await logframe.ReadAsync(null);
        return Page();
    }
}
