using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Account;

/// <summary>What the enrolment page shows: the key to type or the QR code to scan. <c>KeyIsNew</c>: a key was just made, which renews the account's security stamp.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string QrCodePngDataUri, bool KeyIsNew);

/// <summary>
/// Time-based one-time passwords (RFC 6238) from an authenticator app, with single-use recovery
/// codes. Enabling, disabling and new recovery codes are audited.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<SanadUser> users, AuditTrail audit, NodeSettingsCache settings)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorSetup> SetupAsync(SanadUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        var isNew = string.IsNullOrEmpty(key);
        if (isNew)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Sanad")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Sanad&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(Group(key!), uri, "data:image/png;base64," + Convert.ToBase64String(png), isNew);
    }

    /// <summary>Turns two-factor on when the code from the app matches; returns the recovery codes, shown once.</summary>
    public async Task<Result<IReadOnlyList<string>>> ConfirmAsync(SanadUser user, string code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var valid = digits.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
        if (!valid)
        {
            await audit.RecordAsync("two-factor.enrol", AuditOutcome.Failure, "user", user.Id.ToString(), "wrong-code");
            return Error.Invalid("The code is not correct. Check the time on your phone and try the newest code.") with { Field = "code" };
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await audit.RecordAsync("two-factor.enabled", AuditOutcome.Success, "user", user.Id.ToString());
        return codes;
    }

    public async Task<Result<IReadOnlyList<string>>> NewRecoveryCodesAsync(SanadUser user)
    {
        if (!user.TwoFactorEnabled)
            return Error.Invalid("Two-factor sign-in is not enabled.");
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await audit.RecordAsync("two-factor.recovery-codes-renewed", AuditOutcome.Success, "user", user.Id.ToString());
        return codes;
    }

    public async Task<Result<bool>> DisableAsync(SanadUser user)
    {
        var node = await settings.GetAsync();
        if (node.RequiresTwoFactor(await users.GetRolesAsync(user)))
            return Error.Invalid("Two-factor sign-in is mandatory for your role and cannot be turned off.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync("two-factor.disabled", AuditOutcome.Success, "user", user.Id.ToString());
        return true;
    }

    public Task<int> RecoveryCodesLeftAsync(SanadUser user) => users.CountRecoveryCodesAsync(user);

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
