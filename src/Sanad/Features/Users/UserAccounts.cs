using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Security;

namespace Sanad.Features.Users;

/// <summary>A new account: its id, and the invitation code to pass to the person when no password was set.</summary>
public sealed record CreatedUser(Guid Id, string? InvitationCode);

/// <summary>
/// Creating, changing, disabling users. Used by the admin pages, the API and the CLI. Every
/// change is audited with ids and role codes only.
/// </summary>
public sealed class UserAccounts(SanadDb db, UserManager<SanadUser> users, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>With a password (CLI), the account is ready at once; without one, it waits for its invitation to be accepted.</summary>
    public async Task<Result<CreatedUser>> CreateAsync(UserInput input, string? password, CancellationToken ct = default)
    {
        var agency = await FindAgencyAsync(input.AgencyCode, ct);
        if (agency is null)
            return Error.Invalid("No agency has the code {0}.", input.AgencyCode) with { Field = "agencyCode" };
        if (await users.FindByEmailAsync(input.Email) is not null)
            return Error.Conflict("A user with this email already exists.") with { Field = "email" };

        var now = clock.GetUtcNow().UtcDateTime;
        var user = SanadUser.New(input.Email, input.DisplayName, agency.Value, now);
        user.Language = string.IsNullOrEmpty(input.Language) ? null : input.Language;
        if (password is null)
            user.InvitationExpiresAt = now + InvitationLifetime;

        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return FromIdentity(created, password is null ? "email" : "password");
        await users.AddToRolesAsync(user, input.Roles.Distinct());
        await audit.RecordAsync("user.created", AuditOutcome.Success, "user", user.Id.ToString(), "roles:" + string.Join(',', input.Roles.Distinct()));
        var code = password is null ? await users.GeneratePasswordResetTokenAsync(user) : null;
        return new CreatedUser(user.Id, code);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, UserInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return Error.NotFound();
        var agency = await FindAgencyAsync(input.AgencyCode, ct);
        if (agency is null)
            return Error.Invalid("No agency has the code {0}.", input.AgencyCode) with { Field = "agencyCode" };

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Distinct().ToList();
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user, ct))
            return Error.Invalid("The last active administrator cannot lose the admin role.") with { Field = "roles" };

        if (!string.Equals(user.Email, input.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            var other = await users.FindByEmailAsync(input.Email);
            if (other is not null && other.Id != user.Id)
                return Error.Conflict("A user with this email already exists.") with { Field = "email" };
            user.Email = input.Email.Trim();
            user.UserName = input.Email.Trim();
        }
        var agencyChanged = user.AgencyId != agency.Value;
        user.DisplayName = input.DisplayName.Trim();
        user.AgencyId = agency.Value;
        user.Language = string.IsNullOrEmpty(input.Language) ? null : input.Language;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return FromIdentity(updated, "email");

        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (added.Count > 0) await users.AddToRolesAsync(user, added);
        if (removed.Count > 0) await users.RemoveFromRolesAsync(user, removed);
        if (added.Count > 0 || removed.Count > 0 || agencyChanged)
        {
            // New rights or a new agency take effect now, not at the next sign-in.
            await users.UpdateSecurityStampAsync(user);
        }
        await audit.RecordAsync("user.updated", AuditOutcome.Success, "user", user.Id.ToString(), agencyChanged ? "agency-changed" : null);
        if (added.Count > 0 || removed.Count > 0)
            await audit.RecordAsync("user.roles-changed", AuditOutcome.Success, "user", user.Id.ToString(),
                string.Join(',', added.Select(r => "+" + r).Concat(removed.Select(r => "-" + r))));
        return user.Id;
    }

    /// <summary>A disabled user is signed out everywhere and their tokens stop working at once.</summary>
    public async Task<Result<Guid>> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return Error.NotFound();
        if (disabled && user.Id == caller.UserId)
            return Error.Invalid("You cannot disable your own account.");
        if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user, ct))
            return Error.Invalid("The last active administrator cannot be disabled.");
        user.DisabledAt = disabled ? user.DisabledAt ?? clock.GetUtcNow().UtcDateTime : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(disabled ? "user.disabled" : "user.enabled", AuditOutcome.Success, "user", user.Id.ToString());
        return user.Id;
    }

    /// <summary>For a person who lost their authenticator: they enrol again at next sign-in.</summary>
    public async Task<Result<Guid>> ResetTwoFactorAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return Error.NotFound();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync("two-factor.reset", AuditOutcome.Success, "user", user.Id.ToString());
        return user.Id;
    }

    /// <summary>A fresh invitation code for a person who has not yet accepted (or lost) theirs.</summary>
    public async Task<Result<CreatedUser>> ReinviteAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return Error.NotFound();
        if (user.InvitationExpiresAt is null)
            return Error.Invalid("This user has already accepted the invitation.");
        user.InvitationExpiresAt = clock.GetUtcNow().UtcDateTime + InvitationLifetime;
        await users.UpdateAsync(user);
        // A new stamp voids every earlier invitation link: only the newest one works.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync("user.reinvited", AuditOutcome.Success, "user", user.Id.ToString());
        return new CreatedUser(user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }

    private async Task<Domain.Agencies.AgencyId?> FindAgencyAsync(string code, CancellationToken ct)
    {
        var normalised = Domain.Agencies.Agency.NormaliseCode(code);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == normalised && a.IsActive).Select(a => (Domain.Agencies.AgencyId?)a.Id).FirstOrDefaultAsync(ct);
        return agency;
    }

    /// <summary>An invited admin who has not yet chosen a password cannot sign in, so does not count.</summary>
    private async Task<bool> IsLastActiveAdminAsync(SanadUser user, CancellationToken ct)
    {
        var adminRole = Roles.IdOf(Roles.Admin);
        var otherActiveAdmins = await db.UserRoles.Where(r => r.RoleId == adminRole && r.UserId != user.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u)
            .CountAsync(u => u.DisabledAt == null && u.InvitationExpiresAt == null, ct);
        return otherActiveAdmins == 0;
    }

    internal static Error FromIdentity(IdentityResult result, string field) =>
        Error.Invalid("{0}", string.Join(" ", result.Errors.Select(e => e.Description))) with { Field = field };
}
