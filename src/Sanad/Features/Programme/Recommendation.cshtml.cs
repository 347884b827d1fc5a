using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>Record a dialogue's recommendation, or follow one up (status, evidence) from the version read, with its history.</summary>
public sealed class RecommendationModel(Recommendations recommendations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Dialogue { get; set; }
    [BindProperty] public RecommendationInput Input { get; set; } = new();
    public IReadOnlyList<RecommendationChangeView> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not { } id) return Dialogue is null ? NotFound() : Page();
        if (await recommendations.OneAsync(new RecommendationId(id)) is not { } r) return NotFound();
        Input = new RecommendationInput
        {
            TextEnglish = r.TextEnglish, TextFrench = r.TextFrench, TextArabic = r.TextArabic, AddresseeCountry = r.AddresseeCountry, AddresseeInstitution = r.AddresseeInstitution,
            Priority = r.Priority, DueOn = r.DueOn, Status = r.Status, Evidence = r.Evidence, Version = r.Version,
        };
        History = await recommendations.HistoryAsync(new RecommendationId(id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = Id is { } id ? await recommendations.ChangeAsync(new RecommendationId(id), Input)
                : Dialogue is { } d ? await recommendations.IssueAsync(new ActivityId(d), Input) : Error.NotFound();
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The recommendation is saved."].Value;
                return Redirect("/Programme/Recommendations");
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
        }
        if (Id is { } again) History = await recommendations.HistoryAsync(new RecommendationId(again));
        return Page();
    }
}
