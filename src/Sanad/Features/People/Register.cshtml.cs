using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.People;

/// <summary>Register a person: the same rules and handler as POST /api/v1/people.</summary>
public sealed class RegisterModel(RegisterPerson register, FindDuplicates duplicates, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Set once the caseworker has seen the likely duplicates and still wants a new record.</summary>
    [BindProperty] public bool Confirmed { get; set; }
    public IReadOnlyList<DuplicateCandidateView> LikelyDuplicates { get; private set; } = [];

    [BindProperty] public PersonInput Input { get; set; } = new();
    /// <summary>Other names, one per line in the form.</summary>
    [BindProperty] public string? AliasLines { get; set; }
    /// <summary>Language codes, separated by commas or spaces in the form.</summary>
    [BindProperty] public string? LanguageCodes { get; set; }
    /// <summary>One identity document from the form (the API takes several).</summary>
    [BindProperty] public string? DocumentType { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? DocumentCountry { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Aliases = (AliasLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        Input.Languages = (LanguageCodes ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        Input.Documents = string.IsNullOrEmpty(DocumentType) ? [] : [new DocumentInput { Type = DocumentType, Number = DocumentNumber, Country = DocumentCountry }];
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        if (!Confirmed)
        {
            // Before a new record is made, show who may already be registered, in any agency and any script.
            LikelyDuplicates = await FindLikelyDuplicatesAsync();
            if (LikelyDuplicates.Count > 0) return Page();
        }
        var result = await register.HandleAsync(Input);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        TempData["Notice"] = t["The person is registered."].Value;
        return RedirectToPage("/People/Details", new { id = result.Value.Value });
    }

    private async Task<IReadOnlyList<DuplicateCandidateView>> FindLikelyDuplicatesAsync()
    {
        var found = new Dictionary<Guid, DuplicateCandidateView>();
        foreach (var name in new[] { string.Join(' ', new[] { Input.GivenName, Input.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))), Input.NameArabic }
                     .Concat(Input.Aliases).Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var response = await duplicates.HandleAsync(new DuplicateQuery
            {
                Name = name!, Sex = Input.Sex, YearOfBirth = Input.EffectiveYearOfBirth, Nationality = Input.Nationality,
            }, max: 5);
            foreach (var candidate in response.Candidates.Where(c => c.Score >= Domain.People.Names.DuplicateScorer.LikelyDuplicate))
                if (!found.TryGetValue(candidate.PersonId, out var seen) || seen.Score < candidate.Score)
                    found[candidate.PersonId] = candidate;
        }
        return found.Values.OrderByDescending(c => c.Score).ToList();
    }
}
