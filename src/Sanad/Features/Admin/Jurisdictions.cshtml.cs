using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Features.Jurisdictions;
using Sanad.Resources;

namespace Sanad.Features.Admin;

/// <summary>
/// The jurisdiction files: each country's version in force and its history, one version's text,
/// and a form to save a new version (pasted or uploaded). A file with problems is listed back with
/// each problem's JSON path, and nothing is saved.
/// </summary>
public sealed class JurisdictionsModel(ManageJurisdictions manage, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<JurisdictionSummary> Countries { get; private set; } = [];
    public JurisdictionView? Selected { get; private set; }
    /// <summary>Each problem of a refused file: its JSON path and the message.</summary>
    public IReadOnlyList<(string Path, string Message)> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty] public int BasedOnVersion { get; set; }
    [BindProperty] public string? Json { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Json = Selected?.Rules.ToString();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload)
    {
        if (string.IsNullOrWhiteSpace(Country)) return BadRequest();
        var text = Json;
        if (upload is { Length: > 0 })
        {
            using var reader = new StreamReader(upload.OpenReadStream());
            text = await reader.ReadToEndAsync();
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("", t["Paste the file or choose one to upload."]);
            await LoadAsync();
            return Page();
        }
        var problems = new List<Error>();
        var result = await manage.SaveAsync(Country, BasedOnVersion, text, problems);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["Version {0} is saved and in force.", result.Value].Value;
            return RedirectToPage(new { Country = Country.ToUpperInvariant() });
        }
        Problems = problems.Select(p => (p.Field ?? "$", t[p.MessageKey, p.Args].Value)).ToList();
        if (problems.Count == 0) ModelState.AddModelError("", t[result.Error!.MessageKey, result.Error.Args]);
        Version = null;
        await LoadAsync();
        Json = text;
        return Page();
    }

    private async Task LoadAsync()
    {
        Countries = await manage.ListAsync();
        if (!string.IsNullOrWhiteSpace(Country)) Selected = await manage.GetAsync(Country, Version);
        BasedOnVersion = Selected?.History[0].Version ?? 0;
    }
}
