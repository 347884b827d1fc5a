using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Admin;

public sealed class NodeSettingsInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "The {0} field must be a two-letter ISO 3166 country code.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "";

    [Display(Name = "Roles that must use two-factor sign-in")]
    public List<string> TwoFactorRequiredRoles { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Languages.Count == 0 || Languages.Any(l => !Domain.Accounts.Languages.IsSupported(l)))
            yield return new ValidationResult(validationContext.Translate("Choose one or more of Arabic, French and English."), [nameof(Languages)]);
        if (TwoFactorRequiredRoles.Any(r => !Roles.IsKnown(r)))
            yield return new ValidationResult(validationContext.Translate("Unknown role."), [nameof(TwoFactorRequiredRoles)]);
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone.Trim(), out _))
            yield return new ValidationResult(validationContext.Translate("Unknown time zone."), [nameof(TimeZone)]);
    }
}

public sealed record NodeSettingsView(string Country, IReadOnlyList<string> Languages, string TimeZone, IReadOnlyList<string> TwoFactorRequiredRoles);

/// <summary>Reads and changes the node's settings (admin). A change applies to the next request.</summary>
public sealed class ChangeNodeSettings(SanadDb db, AuditTrail audit, NodeSettingsCache cache)
{
    public async Task<NodeSettingsView> GetAsync(CancellationToken ct = default)
    {
        var s = await cache.GetAsync();
        return new(s.Country, s.LanguageList, s.TimeZone, s.RolesRequiringTwoFactor);
    }

    public async Task<Result<NodeSettingsView>> SaveAsync(NodeSettingsInput input, CancellationToken ct = default)
    {
        var settings = await db.NodeSettings.SingleAsync(ct);
        var before = settings.TwoFactorRequiredRoles;
        settings.Update(input.Country, input.Languages, input.TimeZone, input.TwoFactorRequiredRoles);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        await audit.RecordAsync("node.settings-changed", AuditOutcome.Success, "node", settings.Id.ToString(),
            before == settings.TwoFactorRequiredRoles ? null : "two-factor-roles:" + settings.TwoFactorRequiredRoles);
        return new NodeSettingsView(settings.Country, settings.LanguageList, settings.TimeZone, settings.RolesRequiringTwoFactor);
    }
}
