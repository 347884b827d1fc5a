using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Security;

namespace Sanad.Features.Account;

public sealed class TokenInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Token name")]
    public string Name { get; set; } = "";

    [Range(1, PersonalAccessToken.MaxDays, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Valid for (days)")]
    public int Days { get; set; } = 90;
}

public sealed record TokenSummary(Guid Id, string Name, string Hint, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, string State);

/// <summary>The secret is returned once, here, and never stored.</summary>
public sealed record IssuedToken(Guid Id, string Name, DateTime ExpiresAt, string Token);

/// <summary>A user's personal access tokens: listed on their profile, created, revoked. Each action is audited.</summary>
public sealed class AccessTokens(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public async Task<List<TokenSummary>> ListAsync(Guid userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        return rows.Select(t => new TokenSummary(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt,
            t.RevokedAt is not null ? "revoked" : t.ExpiresAt <= now ? "expired" : "active")).ToList();
    }

    public async Task<Result<IssuedToken>> CreateAsync(Guid userId, TokenInput input, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled)
            return Error.NotFound();
        var (token, secret) = PersonalAccessToken.Issue(userId, input.Name, input.Days, clock.GetUtcNow().UtcDateTime);
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("token.created", AuditOutcome.Success, userId, user.AgencyId.Value, "token", token.Id.ToString(), Detail: $"days:{input.Days}"));
        return new IssuedToken(token.Id, token.Name, token.ExpiresAt, secret);
    }

    /// <summary>Only the owner revokes a token here; another user's token does not exist for them.</summary>
    public async Task<Result<Guid>> RevokeAsync(Guid userId, Guid tokenId, CancellationToken ct = default)
    {
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null) return Error.NotFound();
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("token.revoked", AuditOutcome.Success, "token", token.Id.ToString());
        return token.Id;
    }
}
