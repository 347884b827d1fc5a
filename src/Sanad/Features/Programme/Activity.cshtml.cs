using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>
/// One activity: what readers may see, and for programme staff its participants, test scores,
/// knowledge gain, documents and the forms to add a session, record scores and keep a document.
/// </summary>
public sealed class ActivityModel(Activities activities, Events events, Recommendations recommendations, Documents documents, AssistanceFigures figures,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SessionInput Session { get; set; } = new();
    [BindProperty] public List<ScoreInput> Scores { get; set; } = [];
    public ActivityView Activity { get; private set; } = null!;
    public IReadOnlyList<EnrolledView> Enrolled { get; private set; } = [];
    public KnowledgeGain? Gain { get; private set; }
    public IReadOnlyList<RecommendationView> Issued { get; private set; } = [];
    public IReadOnlyList<DocumentView> Files { get; private set; } = [];
    public AssistanceFiguresView? Figures { get; private set; }
    public bool IsStaff => User.IsInRole(Roles.Programme) && !User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostSessionAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Session, t, nameof(Session));
        if (ModelState.IsValid)
        {
            var result = await events.AddSessionAsync(new ActivityId(Id), Session);
            if (result.Succeeded) return Done(t["The session is added."]);
            result.Error!.AddTo(ModelState, t, nameof(Session));
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostScoresAsync()
    {
        var result = await events.ScoreAsync(new ActivityId(Id), Scores);
        if (result.Succeeded) return Done(t["The scores are saved."]);
        ModelState.Clear();
        result.Error!.AddTo(ModelState, t);
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDocumentAsync(IFormFile? file)
    {
        ModelState.Clear();
        if (file is null) ModelState.AddModelError("", t["Choose a file."]);
        else
        {
            await using var content = file.OpenReadStream();
            var result = await documents.AddAsync(new ActivityId(Id), file.FileName, content, file.Length);
            if (result.Succeeded) return Done(t["The document is kept."]);
            result.Error!.AddTo(ModelState, t);
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetDocumentAsync(long documentId)
    {
        var file = await documents.DownloadAsync(new ActivityId(Id), documentId);
        if (!file.Succeeded) return file.Error!.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        return File(file.Value.Content, file.Value.File.ContentType, file.Value.File.FileName);
    }

    private RedirectResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/Programme/Activity?id={Id}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await activities.OneAsync(new ActivityId(Id)) is not { } found) return false;
        Activity = found;
        if (found.Kind == "regional-dialogue") Issued = await recommendations.ListAsync(new RecommendationFilter(Dialogue: found.Id));
        if (found.Kind == "victim-assistance") Figures = await figures.ForAsync(new ActivityId(Id));
        if (!IsStaff) return true;
        Enrolled = (await events.EnrolledAsync(new ActivityId(Id))).Value ?? [];
        Files = (await documents.ListAsync(new ActivityId(Id))).Value ?? [];
        if (found.Kind == "training") Gain = (await events.KnowledgeGainAsync(new ActivityId(Id))).Value;
        return true;
    }
}
