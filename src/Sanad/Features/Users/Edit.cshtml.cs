using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Features.Agencies;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.Users;

/// <summary>Change a user's details and roles, disable or enable them, reset their second factor, or re-send an invitation.</summary>
public sealed class EditModel(ListAgencies agencies, ListUsers users, UserAccounts accounts, IStringLocalizer<SharedResource> t) : UserFormModel(agencies)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public UserSummary? Current { get; private set; }
    public string? InvitationUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = new UserInput
        {
            Email = Current!.Email, DisplayName = Current.DisplayName, AgencyCode = Current.AgencyCode,
            Roles = [.. Current.Roles], Language = Current.Language,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();
        return await Done(await accounts.UpdateAsync(Id, Input), "The user is saved.");
    }

    public async Task<IActionResult> OnPostDisableAsync() => await Action(() => accounts.SetDisabledAsync(Id, true), "The user is disabled and signed out everywhere.");
    public async Task<IActionResult> OnPostEnableAsync() => await Action(() => accounts.SetDisabledAsync(Id, false), "The user is enabled.");
    public async Task<IActionResult> OnPostResetTwoFactorAsync() => await Action(() => accounts.ResetTwoFactorAsync(Id), "Two-factor sign-in is reset. The user enrols again at next sign-in.");

    public async Task<IActionResult> OnPostReinviteAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ClearFormErrors();
        var result = await accounts.ReinviteAsync(Id);
        if (result.Succeeded) InvitationUrl = InvitationLink.For(Request, Id, result.Value!.InvitationCode!);
        else result.Error!.AddTo(ModelState, t);
        FillInputFromCurrent();
        return Page();
    }

    private async Task<IActionResult> Action(Func<Task<Result<Guid>>> action, string notice)
    {
        if (!await LoadAsync()) return NotFound();
        ClearFormErrors();
        var result = await action();
        if (result.Succeeded) return Done(notice);
        result.Error!.AddTo(ModelState, t);
        FillInputFromCurrent();
        return Page();
    }

    private Task<IActionResult> Done(Result<Guid> result, string notice)
    {
        if (result.Succeeded) return Task.FromResult(Done(notice));
        if (result.Error!.Kind == ErrorKind.NotFound) return Task.FromResult<IActionResult>(NotFound());
        result.Error.AddTo(ModelState, t, nameof(Input));
        return Task.FromResult<IActionResult>(Page());
    }

    private IActionResult Done(string notice)
    {
        TempData["Notice"] = t[notice].Value;
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync()
    {
        await LoadAgenciesAsync();
        Current = await users.OneAsync(Id);
        return Current is not null;
    }

    // Buttons other than Save post no form fields; their absence is not an error.
    private void ClearFormErrors() => ModelState.Clear();

    private void FillInputFromCurrent() => Input = new UserInput
    {
        Email = Current!.Email, DisplayName = Current.DisplayName, AgencyCode = Current.AgencyCode, Roles = [.. Current.Roles], Language = Current.Language,
    };
}
