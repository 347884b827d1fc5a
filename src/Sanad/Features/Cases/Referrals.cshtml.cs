using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Domain.Consents;
using Sanad.Features.Consents;
using Sanad.Features.Referrals;
using Sanad.Features.Services;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Cases;

/// <summary>
/// A case's consents and the referrals its agency sent, with the forms to record or withdraw a
/// consent and to refer. Choosing the receiving agency first pre-selects the scope its consents allow.
/// </summary>
public sealed class ReferralsModel(ReadCases cases, ConsentBook consents, ReadReferrals referrals, SendReferral send, ServiceDirectory directory,
    AgencyNameBook agencies, Data.SanadDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")] public Guid CaseId { get; set; }
    /// <summary>The receiving agency chosen for the referral form.</summary>
    [BindProperty(SupportsGet = true)] public Guid? To { get; set; }
    [BindProperty] public ConsentInput Consent { get; set; } = new() { Purpose = "referral", Method = "written", Scope = [DataScopes.Operational] };
    [BindProperty] public ReferralInput Referral { get; set; } = new();
    [BindProperty] public WithdrawInput Withdrawal { get; set; } = new();

    public CaseDetails Case { get; private set; } = null!;
    public IReadOnlyList<ConsentView> Consents { get; private set; } = [];
    public IReadOnlyList<ReferralSummary> Sent { get; private set; } = [];
    public IReadOnlyDictionary<AgencyId, (string Code, string Name)> Agencies { get; private set; } = new Dictionary<AgencyId, (string, string)>();
    public IReadOnlyList<ServiceView> Services { get; private set; } = [];
    public HashSet<string> Consented { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Referral = new ReferralInput { ToAgencyId = To, Scope = [.. Consented] };
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync()
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Consent, t, nameof(Consent));
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        return await AfterAsync(await consents.RecordAsync(new CaseId(CaseId), Consent), "The consent is recorded.", nameof(Consent));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid consentId)
    {
        ModelState.Clear();
        return await AfterAsync(await consents.WithdrawAsync(new ConsentId(consentId), Withdrawal), "The consent is withdrawn.", nameof(Withdrawal));
    }

    public async Task<IActionResult> OnPostReferAsync()
    {
        ModelState.Clear();
        To = Referral.ToAgencyId;
        RequestValidation.AddTo(ModelState, Referral, t, nameof(Referral));
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        return await AfterAsync(await send.HandleAsync(new CaseId(CaseId), Referral), "The referral is sent.", nameof(Referral));
    }

    private async Task<IActionResult> AfterAsync<T>(Result<T> result, string notice, string prefix)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = t[notice].Value;
            return RedirectToPage(new { id = CaseId });
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        // Shown at the top of the page: the message names the missing consent or the field.
        ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await cases.OneAsync(new CaseId(CaseId)) is not { } found) return false;
        Case = found;
        Consents = await consents.ListAsync(new CaseId(CaseId)) ?? [];
        Sent = await referrals.ForCaseAsync(new CaseId(CaseId));
        Agencies = await agencies.AllAsync();
        if (To is { } to)
        {
            Consented = await ConsentedScope.ForAsync(db, new CaseId(CaseId), new AgencyId(to), HttpContext.RequestAborted);
            Services = (await directory.SearchAsync(new ServiceSearch())).Where(s => s.AgencyId == to).ToList();
        }
        return true;
    }
}
