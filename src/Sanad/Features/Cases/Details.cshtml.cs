using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Cases;

/// <summary>
/// A case: its coded fields, its identification decisions and its history, with the forms to
/// change its status and record a decision. Opening the page is audited.
/// </summary>
public sealed class DetailsModel(ReadCases read, UpdateCase update, DecideIdentification decide, CaseRecords records, AgencyWorkers workers,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public IdentificationInput Decision { get; set; } = new() { Authority = "ngo" };
    [BindProperty] public string? NewStatus { get; set; }
    [BindProperty] public int Version { get; set; }
    public CaseDetails Case { get; private set; } = null!;
    public IReadOnlyList<IdentificationView> Decisions { get; private set; } = [];
    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public TraffickingEventInput Event { get; set; } = new() { Type = "recruitment" };
    [BindProperty] public PerpetratorInput Perpetrator { get; set; } = new();
    public IReadOnlyList<PerpetratorView> Perpetrators { get; private set; } = [];
    public string? AssignedWorker { get; private set; }
    /// <summary>Null when the caller's role does not see the case's sensitive tier.</summary>
    public IReadOnlyList<NoteView>? Notes { get; private set; }
    public IReadOnlyList<TraffickingEventView> Events { get; private set; } = [];
    /// <summary>Null when the caller's role does not see the case's sensitive tier.</summary>
    public IReadOnlyList<AttachmentView>? Attachments { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync()
    {
        var result = await update.HandleAsync(new CaseId(Id), new UpdateCaseInput { Version = Version, Status = NewStatus });
        return await AfterAsync(result, "The case is saved.");
    }

    public async Task<IActionResult> OnPostDecisionAsync() =>
        await ValidatedAsync(Decision, nameof(Decision), () => decide.HandleAsync(new CaseId(Id), Decision), "The identification decision is recorded.");

    public async Task<IActionResult> OnPostNoteAsync() =>
        await ValidatedAsync(Note, nameof(Note), () => records.AddNoteAsync(new CaseId(Id), Note), "The note is saved.");

    public async Task<IActionResult> OnPostEventAsync() =>
        await ValidatedAsync(Event, nameof(Event), () => records.AddEventAsync(new CaseId(Id), Event), "The event is saved.");

    public async Task<IActionResult> OnPostPerpetratorAsync() =>
        await ValidatedAsync(Perpetrator, nameof(Perpetrator), () => records.AddPerpetratorAsync(new CaseId(Id), Perpetrator), "The perpetrator is recorded.");

    public async Task<IActionResult> OnPostAttachAsync(IFormFile? upload)
    {
        if (upload is null)
        {
            ModelState.AddModelError("", t["Choose a file to attach."]);
            return await LoadAsync() ? Page() : NotFound();
        }
        await using var content = upload.OpenReadStream();
        return await AfterAsync(await records.AttachAsync(new CaseId(Id), upload.FileName, content, upload.Length), "The file is attached.");
    }

    public async Task<IActionResult> OnGetAttachmentAsync(long attachmentId)
    {
        var file = await records.DownloadAsync(new CaseId(Id), attachmentId);
        if (!file.Succeeded) return file.Error!.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        Response.Headers.CacheControl = "no-store";
        return File(file.Value.Content, file.Value.File.ContentType, file.Value.File.FileName);
    }

    private async Task<IActionResult> ValidatedAsync<T>(object input, string prefix, Func<Task<Result<T>>> run, string notice)
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, input, t, prefix);
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        return await AfterAsync(await run(), notice);
    }

    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string notice)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = t[notice].Value;
            return RedirectToPage(new { Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await read.OneAsync(new CaseId(Id)) is not { } found) return false;
        Case = found;
        Decisions = await decide.ListAsync(new CaseId(Id)) ?? [];
        var notes = await records.NotesAsync(new CaseId(Id));
        Notes = notes.Succeeded ? notes.Value : null;
        Events = (await records.EventsAsync(new CaseId(Id))).Value ?? [];
        Perpetrators = (await records.PerpetratorsAsync(new CaseId(Id))).Value ?? [];
        AssignedWorker = await workers.NameOfAsync(found.AssignedWorkerId);
        var attachments = await records.AttachmentsAsync(new CaseId(Id));
        Attachments = attachments.Succeeded ? attachments.Value : null;
        return true;
    }
}
