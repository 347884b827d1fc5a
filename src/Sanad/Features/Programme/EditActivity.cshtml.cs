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
    /// <summary>The studies of a research activity, one row each; the release id is typed, so it is parsed here.</summary>
    [BindProperty] public List<StudyRow> Studies { get; set; } = [];
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
        Studies = input.Profile.Studies.Select(StudyRow.Of).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is { } existing && await activities.InputAsync(new ActivityId(existing)) is { } current) Input.Kind = current.Kind;
        Input.Profile.ParticipatingCountries = Split(CountriesText);
        Input.Profile.Languages = Split(LanguagesText);
        Input.Profile.Delegation = (DelegationText ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)).Select(p => new DelegationMember(p[0], p.ElementAtOrDefault(1) ?? "", p.ElementAtOrDefault(2) ?? "")).ToList();
        ModelState.Clear();
        Input.Profile.Studies = [];
        foreach (var (row, line) in Studies.Select((row, i) => (row, i + 1)).Where(r => !r.row.IsBlank))
        {
            if (row.Release() is { } release) Input.Profile.Studies.Add(row.ToInput(release.Value));
            else ModelState.AddModelError($"Studies[{line - 1}].ReleaseId", t["The research release of study {0} is not a valid id.", line]);
        }
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

/// <summary>A study as the activity form sends it: blank rows are new ones left empty.</summary>
public sealed class StudyRow
{
    public Guid? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string Status { get; set; } = "planned";
    /// <summary>The id of the research release it became, as typed.</summary>
    public string? ReleaseId { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(ReleaseId);

    public static StudyRow Of(StudyInput s) => new() { Id = s.Id, Title = s.Title, Summary = s.Summary, Status = s.Status, ReleaseId = s.ReleaseId?.ToString() };

    /// <summary>Some(null) without a release, Some(id) for a valid one, null when what is typed is not an id.</summary>
    public Parsed? Release() =>
        string.IsNullOrWhiteSpace(ReleaseId) ? new Parsed(null) : Guid.TryParse(ReleaseId.Trim(), out var id) ? new Parsed(id) : null;

    public StudyInput ToInput(Guid? release) => new() { Id = Id, Title = Title?.Trim() ?? "", Summary = Summary, Status = Status, ReleaseId = release };

    public sealed record Parsed(Guid? Value);
}
