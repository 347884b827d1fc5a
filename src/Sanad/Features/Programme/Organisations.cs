using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Programme;

public sealed record OrganisationView(Guid Id, string Name, string Type, string Country, int Version);

public sealed class OrganisationInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name of the organisation")]
    public string Name { get; set; } = "";

    [Display(Name = "Type of organisation")]
    public string Type { get; set; } = "government";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<OrganisationType>(Type, out _))
            yield return new(context.Translate("Choose a type of organisation: government, civil society, academia or international."), [nameof(Type)]);
        if (!ActivityInput.IsCountryCode(Country))
            yield return new(context.Translate("Give the country as a two-letter ISO 3166 code, such as JO or BE."), [nameof(Country)]);
    }
}

/// <summary>The directory of organisations taking part: staff keep it; readers see it (institutions, no people).</summary>
public sealed class Organisations(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<OrganisationView>> ListAsync(string? country = null, CancellationToken ct = default)
    {
        var query = db.ProgrammeOrganisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country)) query = query.Where(o => o.Country == country.Trim().ToUpper());
        var rows = await query.OrderBy(o => o.Country).ThenBy(o => o.Name).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<OrganisationView?> OneAsync(OrganisationId id, CancellationToken ct = default) =>
        await db.ProgrammeOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } o ? View(o) : null;

    public async Task<Result<OrganisationView>> RegisterAsync(OrganisationInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        Codes.TryParse<OrganisationType>(input.Type, out var type);
        var name = input.Name.Trim();
        if (await db.ProgrammeOrganisations.AnyAsync(o => o.Name == name && o.Country == input.Country.Trim().ToUpper(), ct))
            return Error.Conflict("An organisation of that name is already in the directory for that country.") with { Field = "name" };
        var organisation = ProgrammeOrganisation.Register(name, type, input.Country, clock.GetUtcNow().UtcDateTime);
        db.ProgrammeOrganisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.organisation-added", AuditOutcome.Success, "programme-organisation", organisation.Id.ToString());
        return View(organisation);
    }

    public async Task<Result<OrganisationView>> ChangeAsync(OrganisationId id, OrganisationInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var organisation = await db.ProgrammeOrganisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Error.NotFound();
        if (organisation.Version != input.Version) return Activities.Stale();
        // The import finds organisations by name: two of the same name in a country would make it ambiguous.
        var name = input.Name.Trim();
        if (await db.ProgrammeOrganisations.AnyAsync(o => o.Id != id && o.Name == name && o.Country == input.Country.Trim().ToUpper(), ct))
            return Error.Conflict("An organisation of that name is already in the directory for that country.") with { Field = "name" };
        Codes.TryParse<OrganisationType>(input.Type, out var type);
        organisation.Change(input.Name, type, input.Country, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Activities.Stale();
        }
        await audit.RecordAsync("programme.organisation-changed", AuditOutcome.Success, "programme-organisation", id.ToString());
        return View(organisation);
    }

    private static OrganisationView View(ProgrammeOrganisation o) => new(o.Id.Value, o.Name, Codes.Of(o.Type), o.Country, o.Version);
}
