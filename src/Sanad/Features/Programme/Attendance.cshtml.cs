using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>
/// Who was present at one session of an activity: a tick per enrolled participant. The list sent
/// replaces the one kept, so unticking someone marks them absent.
/// </summary>
public sealed class AttendanceModel(Activities activities, Events events, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid Session { get; set; }
    [BindProperty] public List<Guid> Present { get; set; } = [];
    public ActivityView Activity { get; private set; } = null!;
    public SessionView Held { get; private set; } = null!;
    public IReadOnlyList<EnrolledView> Enrolled { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await events.RecordAttendanceAsync(new ActivityId(Id), new SessionId(Session), new AttendanceInput { Present = Present });
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The attendance is saved: {0} present.", result.Value].Value;
            return Redirect($"/Programme/Activity?id={Id}");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t);
        return await LoadAsync() ? Page() : NotFound();
    }

    public bool WasPresent(EnrolledView e) =>
        Request.Method == HttpMethods.Post ? Present.Contains(e.ParticipantId) : e.SessionsPresent.Contains(Session);

    private async Task<bool> LoadAsync()
    {
        if (await activities.OneAsync(new ActivityId(Id)) is not { } found || found.Sessions.FirstOrDefault(s => s.Id == Session) is not { } held) return false;
        (Activity, Held) = (found, held);
        Enrolled = (await events.EnrolledAsync(new ActivityId(Id))).Value ?? [];
        return true;
    }
}
