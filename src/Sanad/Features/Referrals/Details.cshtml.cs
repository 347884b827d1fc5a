using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Domain.Referrals;
using Sanad.Resources;

namespace Sanad.Features.Referrals;

/// <summary>
/// One referral: for the receiver, the case as far as its consented scope goes and the answer buttons;
/// for the sender, its state, history and the cancel button. Opening the page is audited.
/// </summary>
public sealed class DetailsModel(ReadReferrals read, AnswerReferral answer, TakeOnReferral takeOn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public ReferralDetails Referral { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string act)
    {
        if (!Codes.TryParse<ReferralAction>(act, out var action) || action == ReferralAction.Expire) return BadRequest();
        var result = await answer.HandleAsync(new ReferralId(Id), action, Reason);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The referral is now: {0}.", t["referral-state:" + result.Value].Value].Value;
            return RedirectToPage(new { Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The receiving agency opens its own case for her, from what the referral shares, and goes to it.</summary>
    public async Task<IActionResult> OnPostTakeOnAsync()
    {
        var result = await takeOn.HandleAsync(new ReferralId(Id));
        if (result.Succeeded)
        {
            TempData["Notice"] = t["Case {0} is opened.", result.Value!.Reference].Value;
            return RedirectToPage("/Cases/Details", new { id = result.Value.Id });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>Whether the receiver may open its own case for her now: accepted or under way, and not done yet.</summary>
    public bool CanTakeOn => Referral.Side == "receiver" && Referral.ReceiverCaseId is null && Referral.State is "accepted" or "in-progress";

    /// <summary>Which buttons to show: the actions the state machine allows to this side.</summary>
    public IEnumerable<ReferralAction> Actions()
    {
        Codes.TryParse<ReferralState>(Referral.State, out var state);
        var mine = Referral.Side == "receiver"
            ? new[] { ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Start, ReferralAction.Complete }
            : Referral.Side == "sender" ? [ReferralAction.Cancel] : [];
        return mine.Where(a => Domain.Referrals.Referral.Next(state, a) is not null);
    }

    private async Task<bool> LoadAsync()
    {
        if (await read.OneAsync(new ReferralId(Id)) is not { } found) return false;
        Referral = found;
        return true;
    }
}
