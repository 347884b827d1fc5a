using Microsoft.AspNetCore.Identity;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;

namespace Sanad.Security;

/// <summary>
/// A person who signs in to Sanad: staff of one agency, holding one or more roles. Never a
/// victim: people assisted are recorded as case data, not as accounts.
/// </summary>
public sealed class SanadUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public AgencyId AgencyId { get; set; }
    /// <summary>Preferred language of the interface; null means follow the browser.</summary>
    public string? Language { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DisabledAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
    /// <summary>Set while an invitation is pending; cleared when the invited person chooses a password.</summary>
    public DateTime? InvitationExpiresAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    public static SanadUser New(string email, string displayName, AgencyId agency, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email.Trim(),
        Email = email.Trim(),
        EmailConfirmed = true,
        DisplayName = displayName.Trim(),
        AgencyId = agency,
        CreatedAt = now,
        LockoutEnabled = true,
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };

    public string EffectiveLanguage(string fallback) => Languages.IsSupported(Language) ? Language! : fallback;
}
