using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sanad.Features.Agencies;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Users;

/// <summary>
/// Invite a person: the account is created without a password, and the admin gets a link to
/// pass on (by a channel they trust). The person chooses their password there.
/// </summary>
public sealed class InviteModel(ListAgencies agencies, UserAccounts accounts, IStringLocalizer<SharedResource> t) : UserFormModel(agencies)
{
    public string? InvitationUrl { get; private set; }

    public async Task OnGetAsync() => await LoadAgenciesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAgenciesAsync();
        if (!ModelState.IsValid) return Page();
        var result = await accounts.CreateAsync(Input, password: null);
        if (!result.Succeeded)
        {
            result.Error!.AddTo(ModelState, t, nameof(Input));
            return Page();
        }
        InvitationUrl = InvitationLink.For(Request, result.Value!.Id, result.Value.InvitationCode!);
        return Page();
    }
}
