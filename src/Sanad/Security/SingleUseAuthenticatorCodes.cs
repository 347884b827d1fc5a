using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Sanad.Security;

/// <summary>
/// Validates the 6-digit codes of an authenticator app (RFC 6238, 30-second steps, one step of
/// clock drift either way) and accepts each code only once: a code seen over a shoulder or
/// replayed by a keylogger within its 30 seconds is refused. Identity's own provider accepts reuse.
/// </summary>
public sealed class SingleUseAuthenticatorCodes : IUserTwoFactorTokenProvider<SanadUser>
{
    private const string Store = "Sanad";
    private const string LastStep = "LastAuthenticatorStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<SanadUser> manager, SanadUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<SanadUser> manager, SanadUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<SanadUser> manager, SanadUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "").Replace("-", "");
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
            return false;
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(code, out var step, new VerificationWindow(previous: 1, future: 1)))
            return false;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), CultureInfo.InvariantCulture, out var seen) ? seen : -1;
        if (step <= last)
            return false;
        // The user row's concurrency stamp makes the second of two simultaneous uses of one code fail here.
        var recorded = await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return recorded.Succeeded;
    }
}
