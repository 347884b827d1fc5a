using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Audit;
using Sanad.Security;

namespace Sanad.Features.Agencies;

/// <summary>What an admin enters for an agency, from the form, the API or the CLI.</summary>
public sealed class AgencyInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(40, MinimumLength = 2, ErrorMessage = "The {0} field must be between {2} and {1} characters.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "The {0} field may contain only letters, digits, dots, dashes and underscores.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name in English")]
    public string NameEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name in French")]
    public string? NameFr { get; set; }

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name in Arabic")]
    public string? NameAr { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Kind")]
    public string Kind { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "The {0} field must be a two-letter ISO 3166 country code.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    internal AgencyNames Names => new(NameEn, NameFr ?? "", NameAr ?? "");
}

/// <summary>Creates or updates an agency. Codes are unique; every change is audited.</summary>
public sealed class SaveAgency(SanadDb db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<AgencyId>> CreateAsync(AgencyInput input, CancellationToken ct = default)
    {
        if (!AgencyKinds.TryParse(input.Kind, out var kind))
            return Error.Invalid("Unknown agency kind '{0}'.", input.Kind) with { Field = "kind" };
        var code = Agency.NormaliseCode(input.Code);
        if (await db.Agencies.AnyAsync(a => a.Code == code, ct))
            return Error.Conflict("An agency with the code {0} already exists.", code) with { Field = "code" };

        var agency = Agency.Create(code, input.Names, kind, input.Country, clock.GetUtcNow().UtcDateTime);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("agency.created", AuditOutcome.Success, "agency", agency.Id.ToString(), agency.Code);
        return agency.Id;
    }

    public async Task<Result<AgencyId>> UpdateAsync(AgencyId id, AgencyInput input, CancellationToken ct = default)
    {
        if (!AgencyKinds.TryParse(input.Kind, out var kind))
            return Error.Invalid("Unknown agency kind '{0}'.", input.Kind) with { Field = "kind" };
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
            return Error.NotFound();
        // The code is what operators and other systems refer to; it does not change once given.
        agency.Update(input.Names, kind, input.Country, input.IsActive);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("agency.updated", AuditOutcome.Success, "agency", agency.Id.ToString(), agency.IsActive ? "active" : "inactive");
        return agency.Id;
    }
}
