using System.Globalization;
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
public sealed class ActivityModel(Activities activities, Events events, Participants participants, Recommendations recommendations, Documents documents,
    AssistanceFigures figures, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SessionInput Session { get; set; } = new();
    /// <summary>Scores as typed: parsed here in the invariant culture, since a number field sends "55.5" whatever the page's language.</summary>
    [BindProperty] public List<ScoreRow> Scores { get; set; } = [];
    /// <summary>Participants picked from the directory to enrol.</summary>
    [BindProperty] public List<Guid> ToEnrol { get; set; } = [];
    public ActivityView Activity { get; private set; } = null!;
    public IReadOnlyList<EnrolledView> Enrolled { get; private set; } = [];
    /// <summary>Participants of the directory not yet enrolled, to pick from.</summary>
    public IReadOnlyList<ParticipantView> Enrollable { get; private set; } = [];
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
        ModelState.Clear();
        if (!await LoadAsync()) return NotFound();
        var names = Enrolled.ToDictionary(e => e.ParticipantId, e => e.Name);
        var scores = new List<ScoreInput>(Scores.Count);
        for (var i = 0; i < Scores.Count; i++)
        {
            var row = Scores[i];
            var name = names.GetValueOrDefault(row.ParticipantId, "");
            var pre = ScoreRow.Parse(row.PreTestScore);
            var post = ScoreRow.Parse(row.PostTestScore);
            if (pre is null) ModelState.AddModelError($"Scores[{i}].PreTestScore", t["The {0} of {1} must be a number from 0 to 100.", t["Pre-test score"], name]);
            if (post is null) ModelState.AddModelError($"Scores[{i}].PostTestScore", t["The {0} of {1} must be a number from 0 to 100.", t["Post-test score"], name]);
            scores.Add(new ScoreInput { ParticipantId = row.ParticipantId, PreTestScore = pre?.Value, PostTestScore = post?.Value });
        }
        // One bad score and none is saved: the form comes back as typed.
        if (!ModelState.IsValid) return Page();
        var result = await events.ScoreAsync(new ActivityId(Id), scores);
        if (result.Succeeded) return Done(t["The scores are saved."]);
        result.Error!.AddTo(ModelState, t);
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync()
    {
        ModelState.Clear();
        if (ToEnrol.Count == 0) ModelState.AddModelError(nameof(ToEnrol), t["Choose the participants to enrol."]);
        else
        {
            var result = await events.EnrolAsync(new ActivityId(Id), ToEnrol);
            if (result.Succeeded) return Done(t["{0} participants are enrolled.", result.Value]);
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t);
        }
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
        var enrolled = Enrolled.Select(e => e.ParticipantId).ToHashSet();
        Enrollable = ((await participants.ListAsync()).Value ?? []).Where(p => !enrolled.Contains(p.Id)).ToList();
        // On a refused save the typed scores come back; otherwise the ones kept.
        if (Scores.Count == 0) Scores = Enrolled.Select(ScoreRow.Of).ToList();
        Files = (await documents.ListAsync(new ActivityId(Id))).Value ?? [];
        if (found.Kind == "training") Gain = (await events.KnowledgeGainAsync(new ActivityId(Id))).Value;
        return true;
    }
}

/// <summary>A score row of the activity form, as typed: empty (not taken) or a number from 0 to 100 with a dot or a comma.</summary>
public sealed class ScoreRow
{
    public Guid ParticipantId { get; set; }
    public string? PreTestScore { get; set; }
    public string? PostTestScore { get; set; }

    public static ScoreRow Of(EnrolledView e) => new()
    {
        ParticipantId = e.ParticipantId,
        PreTestScore = e.PreTestScore?.ToString("0.##", CultureInfo.InvariantCulture),
        PostTestScore = e.PostTestScore?.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Some(null) for an empty field, Some(score) for a valid one, null for anything else.</summary>
    public static Parsed? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new Parsed(null);
        return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score <= 100
            ? new Parsed(score) : null;
    }

    public sealed record Parsed(decimal? Value);
}
