using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Features.Jurisdictions;
using Sanad.Features.Legal;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Cases;

/// <summary>
/// A case's legal track: reflection period, residence documents with renewals, cooperation with
/// the authorities (apart from assistance) and proceedings, with the forms to record them. The
/// same use cases as the API; reading the page is audited.
/// </summary>
public sealed class LegalModel(LegalTrack track, ChangeStage stages, ReadCases cases, JurisdictionRules jurisdictions, SanadDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ReflectionPeriodInput Reflection { get; set; } = new();
    [BindProperty] public ResidenceDocumentInput Document { get; set; } = new();
    [BindProperty] public CooperationInput Cooperation { get; set; } = new() { Kind = "statement" };
    [BindProperty] public ProceedingInput Proceeding { get; set; } = new() { Kind = "complaint" };
    [BindProperty] public StageInput Stage { get; set; } = new();
    [BindProperty] public long DocumentId { get; set; }
    [BindProperty] public int DocumentVersion { get; set; }

    public LegalTrackView Track { get; private set; } = null!;
    public CaseDetails Case { get; private set; } = null!;
    public RulesInForce? Rules { get; private set; }
    public IReadOnlyList<(Guid Id, string Code)> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public Task<IActionResult> OnPostStageAsync() =>
        ValidatedAsync(Stage, nameof(Stage), () => stages.HandleAsync(new CaseId(Id), Stage), "The case is saved.");

    public Task<IActionResult> OnPostReflectionAsync() =>
        ValidatedAsync(Reflection, nameof(Reflection), () => track.SetReflectionPeriodAsync(new CaseId(Id), Reflection), "The reflection period is saved.");

    public Task<IActionResult> OnPostDocumentAsync() =>
        ValidatedAsync(Document, nameof(Document), () => track.AddDocumentAsync(new CaseId(Id), Document), "The document is saved.");

    public Task<IActionResult> OnPostRenewAsync() =>
        ValidatedAsync(new RenewalInput { Version = DocumentVersion }, "Renewal",
            () => track.RenewDocumentAsync(new CaseId(Id), DocumentId, new RenewalInput { Version = DocumentVersion }), "The document is renewed.");

    public Task<IActionResult> OnPostCooperationAsync() =>
        ValidatedAsync(Cooperation, nameof(Cooperation), () => track.AddCooperationAsync(new CaseId(Id), Cooperation), "The cooperation is recorded.");

    public Task<IActionResult> OnPostProceedingAsync() =>
        ValidatedAsync(Proceeding, nameof(Proceeding), () => track.AddProceedingAsync(new CaseId(Id), Proceeding), "The step of the proceedings is recorded.");

    private async Task<IActionResult> ValidatedAsync<T>(object input, string prefix, Func<Task<Result<T>>> run, string notice)
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, input, t, prefix);
        if (!ModelState.IsValid) return await LoadAsync() ?? Page();
        var result = await run();
        if (result.Succeeded)
        {
            TempData["Notice"] = t[notice].Value;
            return RedirectToPage(new { Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        if (result.Error.Kind == ErrorKind.Forbidden) return Forbid();
        result.Error.AddTo(ModelState, t, prefix);
        return await LoadAsync() ?? Page();
    }

    /// <summary>Null when the page can be shown; otherwise 404 or 403.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var read = await track.ReadAsync(new CaseId(Id));
        if (!read.Succeeded) return read.Error!.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        Track = read.Value!;
        Case = (await cases.OneAsync(new CaseId(Id)))!;
        Rules = await jurisdictions.ForNodeAsync();
        Agencies = (await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new { a.Id, a.Code }).ToListAsync())
            .Select(a => (a.Id.Value, a.Code)).ToList();
        return null;
    }

    public string DocumentLabel(string code) => Rules?.Rules.DocumentOf(code)?.Label.In(Localization.CurrentLanguage) ?? code;

    public string AgencyCode(Guid? id) => Agencies.FirstOrDefault(a => a.Id == id).Code ?? "";
}
