using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Sanad.Resources;

namespace Sanad.Web;

/// <summary>Identity's messages (password rules, duplicate email, wrong code) in the user's language.</summary>
public sealed class TranslatedIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    private IdentityError E(string code, string key, params object[] args) => new() { Code = code, Description = t[key, args] };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "The request could not be completed.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Someone else changed this record. Reload and try again.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "The password is not correct.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "This link or code is no longer valid.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "This recovery code is not valid.");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "The request could not be completed.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "The email address is not valid.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "The email address is not valid.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "A user with this email already exists.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "A user with this email already exists.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "Unknown role.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "Unknown role.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "The request could not be completed.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "The request could not be completed.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "The request could not be completed.");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "The request could not be completed.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "The password must have at least {0} characters.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "The password must use at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "The password must contain a symbol such as ! or #.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "The password must contain a digit.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "The password must contain a lower-case letter.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "The password must contain an upper-case letter.");
}
