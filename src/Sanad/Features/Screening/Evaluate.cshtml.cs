using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Screening;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Screening;

/// <summary>
/// The screening form: the chosen profile's indicators by dimension, and on submit the outcome
/// with its reasons. Works without JavaScript; nothing is stored, so nothing identifies the person.
/// </summary>
public sealed class EvaluateModel(ScreeningEvaluator evaluator, Cases.ScreenCase screenCase, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Nullable: a first visit names no profile, and that is no error to show (the first profile is chosen).</summary>
    [BindProperty(SupportsGet = true)] public string? Profile { get; set; }
    [BindProperty] public List<string> Indicators { get; set; } = [];
    /// <summary>When set, the screening is the interview of this case's person and is saved to the case.</summary>
    [BindProperty(SupportsGet = true)] public Guid? CaseId { get; set; }
    /// <summary>Nullable: the form without a case has no such field, and its absence is no error to show.</summary>
    [BindProperty] public string? InterviewLanguage { get; set; }
    [BindProperty] public bool InterpreterUsed { get; set; }
    public bool SavedToCase { get; private set; }

    public ScreeningCatalogue Catalogue => evaluator.Catalogue;
    public ScreeningProfile Chosen => Catalogue.Profile(Profile) ?? Catalogue.Profiles[0];
    public ScreeningResult? Result { get; private set; }
    public string Language => Localization.CurrentLanguage;

    public void OnGet() => Profile = Chosen.Code;

    // Without a case: not audited, like the API: the form carries only indicator keys, and nothing is kept.
    public async Task<IActionResult> OnPostAsync()
    {
        if (CaseId is { } caseId)
        {
            var input = new Cases.CaseScreeningInput { Profile = Profile ?? "", Indicators = Indicators, Language = (InterviewLanguage ?? "").Trim().ToLowerInvariant(), InterpreterUsed = InterpreterUsed };
            foreach (var (field, messages) in RequestValidation.Check(input, t))
                foreach (var message in messages) ModelState.AddModelError(field == "language" ? nameof(InterviewLanguage) : "", message);
            if (!ModelState.IsValid) return Page();
            var stored = await screenCase.HandleAsync(new Domain.Cases.CaseId(caseId), input);
            if (!stored.Succeeded)
            {
                if (stored.Error!.Kind == Domain.ErrorKind.NotFound) return NotFound();
                stored.Error.AddTo(ModelState, t);
                return Page();
            }
            Result = stored.Value.Result;
            SavedToCase = true;
            return Page();
        }
        var result = evaluator.Evaluate(Profile ?? "", Indicators);
        if (result.Succeeded) Result = result.Value;
        else result.Error!.AddTo(ModelState, t);
        return Page();
    }

    /// <summary>"1 strong + 1 medium or weak" in the page's language.</summary>
    public string Describe(RequirementSet set) => string.Join(" + ", set.Requirements.Select(r =>
        $"{r.AtLeast} {string.Join($" {t["or"]} ", r.Of.Select(s => t["strength:" + s.Code()].Value))}"));

    public string Describe(OutcomeBranch branch)
    {
        var outcome = Catalogue.Outcome(branch.Outcome).Name.In(Language);
        return branch.When is null
            ? t["{0}, in every other case", outcome]
            : t["{0} when {1}", outcome, branch.When.Render(t["and"], t["or"])];
    }
}
