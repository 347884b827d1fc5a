using System.ComponentModel.DataAnnotations;

namespace Sanad.Web;

/// <summary>Sign-in and session settings (section "Security"), validated at start.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Idle minutes before a browser session ends.</summary>
    [Range(5, 24 * 60)]
    public int SessionTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// How often a session re-checks its account: a disabled user, a role change or "sign out
    /// everywhere" takes effect within this many seconds.
    /// </summary>
    [Range(0, 3600)]
    public int SessionRecheckSeconds { get; set; } = 60;

    /// <summary>Cookies only over HTTPS (browsers treat http://localhost as secure too).</summary>
    public bool SecureCookies { get; set; } = true;

    [Range(1, 1_000_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int TokenRequestsPerMinute { get; set; } = 10;

    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}
