using System.Security.Cryptography;
using System.Text;

namespace Sanad.Domain.Accounts;

/// <summary>
/// A bearer token an API client presents instead of a password. Only its SHA-256 hash is
/// stored; the secret is shown once, at creation. Tokens expire and can be revoked.
/// </summary>
public sealed class PersonalAccessToken
{
    public const string Prefix = "sanad_pat_";
    public const int MaxDays = 365;

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    /// <summary>First characters of the secret, so its owner can tell tokens apart; not enough to guess it.</summary>
    public string Hint { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    private PersonalAccessToken() { }

    /// <summary>Creates a token and returns it with its secret, which the caller shows once and forgets.</summary>
    public static (PersonalAccessToken Token, string Secret) Issue(Guid userId, string name, int days, DateTime now)
    {
        if (days is < 1 or > MaxDays) throw new ArgumentOutOfRangeException(nameof(days));
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name.Trim(),
            SecretHash = HashOf(secret),
            Hint = secret[..(Prefix.Length + 4)],
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        return (token, secret);
    }

    /// <summary>The secret has 256 random bits, so a plain SHA-256 is enough: no dictionary can reach it.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsUsable(DateTime now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
