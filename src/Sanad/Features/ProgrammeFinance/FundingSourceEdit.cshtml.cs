using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Add a funder, or change one's name, committed amount or share rule from the version read.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class FundingSourceEditModel(BudgetBook books, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public FundingSourceInput Input { get; set; } = new();
    /// <summary>Figures as typed (see <see cref="BudgetNumbers"/>).</summary>
    [BindProperty] public string? CommittedText { get; set; }
    [BindProperty] public string? ShareText { get; set; }
    public string Currency { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await books.ReadAsync(null) is not { } b) return NotFound();
        Currency = b.Currency;
        if (Id is not { } id) return Page();
        if (b.Funders.FirstOrDefault(f => f.Id == id) is not { } funder) return NotFound();
        Input = new FundingSourceInput { Code = funder.Code, Name = funder.Name, Version = funder.Version };
        (CommittedText, ShareText) = (BudgetNumbers.Show(funder.Committed), BudgetNumbers.Show(funder.Share * 100));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await books.ReadAsync(null) is not { } b) return NotFound();
        Currency = b.Currency;
        ModelState.Clear();
        Input.Committed = BudgetNumbers.Read(CommittedText, "Committed amount", nameof(CommittedText), ModelState, t);
        Input.SharePercent = BudgetNumbers.Read(ShareText, "Share of eligible costs (%)", nameof(ShareText), ModelState, t);
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id ? await books.ReviseFunderAsync(id, Input) : await books.AddFunderAsync(b.ProgrammeId, Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The funder is saved."].Value;
            return Redirect("/Programme/Budget");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t, nameof(Input));
        return Page();
    }
}
