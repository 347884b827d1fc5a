using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Add a budget line, or change one's activity, category, description, amount or eligibility from the version read.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class BudgetLineEditModel(BudgetBook books, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public BudgetLineInput Input { get; set; } = new();
    /// <summary>The amount as typed (see <see cref="BudgetNumbers"/>).</summary>
    [BindProperty] public string? AmountText { get; set; }
    public IReadOnlyList<BudgetActivityChoice> Activities { get; private set; } = [];
    public string Currency { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await books.ReadAsync(null) is not { } b) return NotFound();
        if (Id is { } id)
        {
            if (b.Lines.FirstOrDefault(l => l.Id == id) is not { } line) return NotFound();
            Input = new BudgetLineInput
            {
                Code = line.Code, Category = line.Category, Description = line.Description, Amount = line.Budget, ActivityId = line.ActivityId,
                Eligible = line.Eligible, Version = line.Version,
            };
            AmountText = BudgetNumbers.Show(line.Budget);
        }
        return await ShowAsync(b);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await books.ReadAsync(null) is not { } b) return NotFound();
        ModelState.Clear();
        Input.Amount = BudgetNumbers.Read(AmountText, "Budgeted amount", nameof(AmountText), ModelState, t);
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return await ShowAsync(b);
        var result = Id is { } id ? await books.ReviseLineAsync(id, Input) : await books.AddLineAsync(b.ProgrammeId, Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The budget line is saved."].Value;
            return Redirect("/Programme/Budget");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t, nameof(Input));
        return await ShowAsync(b);
    }

    private async Task<IActionResult> ShowAsync(BudgetView b)
    {
        Currency = b.Currency;
        Activities = await books.ActivitiesAsync(b.ProgrammeId);
        return Page();
    }
}
