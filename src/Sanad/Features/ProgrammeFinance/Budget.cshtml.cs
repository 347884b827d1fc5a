using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Budget versus actual, the co-financing check, and the forms to record or import expenditures and set exchange rates.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class BudgetModel(BudgetBook books, ExpenditureBook expenditures, ExchangeRateBook rates, IStringLocalizer<SharedResource> t) : PageModel
{
    public BudgetView? Books { get; private set; }
    public ExpenditurePage? Recent { get; private set; }
    public IReadOnlyList<ExchangeRateView> Rates { get; private set; } = [];
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    [BindProperty] public ExpenditureInput Expenditure { get; set; } = new();
    [BindProperty] public ExchangeRateInput Rate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostExpenditureAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Expenditure, t, nameof(Expenditure));
        if (ModelState.IsValid)
        {
            var result = await expenditures.RecordAsync(null, Expenditure);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The expenditure is recorded."].Value;
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState, t, nameof(Expenditure));
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRateAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Rate, t, nameof(Rate));
        if (ModelState.IsValid)
        {
            var result = await rates.SetAsync(null, Rate);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The exchange rate is saved."].Value;
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState, t, nameof(Rate));
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        ModelState.Clear();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", t["Choose a CSV or XLSX file."]);
            return await ShowAsync();
        }
        await using var stream = file.OpenReadStream();
        var result = await expenditures.ImportAsync(null, stream, file.FileName);
        if (!result.Succeeded) return NotFound();
        if (result.Value!.Problems.Count == 0)
        {
            TempData["Notice"] = t["{0} expenditures imported.", result.Value.Recorded].Value;
            return RedirectToPage();
        }
        Problems = result.Value.Problems;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Books = await books.ReadAsync(null);
        if (Books is null) return Page();
        Recent = await expenditures.ListAsync(Books.ProgrammeId, null, null);
        Rates = (await rates.ListAsync(Books.Currency)).Take(30).ToList();
        return Page();
    }
}
