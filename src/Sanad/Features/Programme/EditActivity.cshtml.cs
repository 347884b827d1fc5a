using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>Plan an activity or change one from the version read. List fields are typed as comma-separated codes or one item a line.</summary>
public sealed class EditActivityModel(Activities activities, Organisations organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public ActivityInput Input { get; set; } = new();
    [BindProperty] public string? CountriesText { get; set; }
    [BindProperty] public string? LanguagesText { get; set; }
    /// <summary>One delegation member a line: country | institution | role.</summary>
    [BindProperty] public string? DelegationText { get; set; }
    public IReadOnlyList<OrganisationView> Directory { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Directory = await organisations.ListAsync();
        if (Id is not { } id) return Page();
        if (await activities.InputAsync(new ActivityId(id)) is not { } input) return NotFound();
        Input = input;
        CountriesText = string.Join(", ", input.Profile.ParticipatingCountries);
        LanguagesText = string.Join(", ", input.Profile.Languages);
        DelegationText = string.Join("\n", input.Profile.Delegation.Select(m => $"{m.Country} | {m.Institution} | {m.Role}"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is { } existing && await activities.InputAsync(new ActivityId(existing)) is { } current)
        {
            Input.Kind = current.Kind;
            Input.Profile.Studies = current.Profile.Studies;
        }
        Input.Profile.ParticipatingCountries = Split(CountriesText);
        Input.Profile.Languages = Split(LanguagesText);
        Input.Profile.Delegation = (DelegationText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)).Select(p => new DelegationMember(p[0], p.ElementAtOrDefault(1) ?? "", p.ElementAtOrDefault(2) ?? "")).ToList();
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = Id is { } id ? await activities.ChangeAsync(new ActivityId(id), Input) : await activities.PlanAsync(Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The activity is saved."].Value;
                return Redirect($"/Programme/Activity?id={result.Value!.Id}");
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
        }
        Directory = await organisations.ListAsync();
        return Page();
    }

    private static List<string> Split(string? text) => (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
