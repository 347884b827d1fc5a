using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>Participants (programme staff only; every view is audited) and registering one.</summary>
public sealed class ParticipantsModel(Participants participants, Organisations organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty] public ParticipantInput Input { get; set; } = new();
    public IReadOnlyList<ParticipantView> Found { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Directory { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = await participants.RegisterAsync(Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The participant is registered."].Value;
                return Redirect("/Programme/Participants");
            }
            result.Error!.AddTo(ModelState, t, nameof(Input));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Found = (await participants.ListAsync(search: Search)).Value ?? [];
        Directory = await organisations.ListAsync();
    }
}
