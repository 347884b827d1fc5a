using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Programme;

/// <summary>
/// One participant (programme staff only; opening it is audited): their details, consent to be
/// contacted and its date, changed from the version read, and the events they took part in.
/// With ?activity= instead of an id it registers someone not yet in the directory and enrols them there.
/// </summary>
public sealed class ParticipantModel(Participants participants, Organisations organisations, Activities activities, Events events,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    /// <summary>The activity to enrol a newly registered participant in.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Activity { get; set; }
    [BindProperty] public ParticipantInput Input { get; set; } = new();
    public string? EnrolIn { get; private set; }
    public IReadOnlyList<ParticipationView> Participation { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Directory { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var found = await participants.OneAsync(new ParticipantId(id));
            if (!found.Succeeded) return NotFound();
            var p = found.Value!;
            Input = new ParticipantInput
            {
                Name = p.Name, Position = p.Position, Email = p.Email, Phone = p.Phone, Sex = p.Sex, OrganisationId = p.OrganisationId, Country = p.Country,
                ConsentsToContact = p.ConsentsToContact, ConsentRecordedOn = p.ConsentRecordedOn, Version = p.Version,
            };
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id ? await participants.ChangeAsync(new ParticipantId(id), Input) : await participants.RegisterAsync(Input);
        if (!result.Succeeded)
        {
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        if (Id is null && Activity is { } activity)
        {
            // The activity was found above and activities are never deleted, so the enrolment cannot be refused.
            await events.EnrolAsync(new ActivityId(activity), [result.Value!.Id]);
            TempData["Notice"] = t["The participant is registered and enrolled."].Value;
            return Redirect($"/Programme/Activity?id={activity}");
        }
        TempData["Notice"] = t["The participant is saved."].Value;
        return Redirect($"/Programme/Participant?id={result.Value!.Id}");
    }

    private async Task<bool> LoadAsync()
    {
        Directory = await organisations.ListAsync();
        if (Id is { } id)
        {
            var participation = await participants.ParticipationAsync(new ParticipantId(id));
            if (!participation.Succeeded) return false;
            Participation = participation.Value!;
        }
        else if (Activity is { } activity)
        {
            if (await activities.OneAsync(new ActivityId(activity)) is not { } found) return false;
            EnrolIn = found.Title;
        }
        return true;
    }
}
