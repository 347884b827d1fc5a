using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Security;
using Sanad.Web;
using ProgrammeRecord = Sanad.Domain.Programmes.Programme;

namespace Sanad.Features.Programme;

public sealed record ProgrammeView(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Countries, string BudgetCurrency, int Version);

/// <summary>The programme's name, dates and countries, as staff set them.</summary>
public sealed class ProgrammeSettingsInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Name of the programme")]
    public string Name { get; set; } = "";

    [Display(Name = "Starts on")]
    public DateOnly StartsOn { get; set; }

    [Display(Name = "Ends on")]
    public DateOnly EndsOn { get; set; }

    [Display(Name = "Countries")]
    public List<string> Countries { get; set; } = [];

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (StartsOn == default || EndsOn == default)
            yield return new(context.Translate("Give the first and the last day of the programme."), [nameof(StartsOn)]);
        else if (EndsOn < StartsOn)
            yield return new(context.Translate("The programme ends before it starts."), [nameof(EndsOn)]);
        if (Countries.Count == 0 || Countries.Any(c => !ActivityInput.IsCountryCode(c)))
            yield return new(context.Translate("Give the countries as two-letter ISO 3166 codes, such as IQ, JO, LB."), [nameof(Countries)]);
    }
}

/// <summary>Who may do what in the programme module (ADR 0037): the programme role edits and sees people; readers see published data.</summary>
public static class ProgrammeRoles
{
    /// <summary>Programme staff: every programme record, participants' identity included. An admin never is.</summary>
    public static bool IsStaff(this AccessScope caller) => caller.IsInRole(Roles.Programme) && !caller.IsAdmin;
}

/// <summary>
/// The node's programme. A node runs one programme at a time: the current one is the latest started;
/// the budget currency is set when it starts and belongs to the budget module.
/// </summary>
public sealed class ProgrammeSettings(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock)
{
    public async Task<ProgrammeView?> CurrentAsync(CancellationToken ct = default) =>
        await db.Programmes.AsNoTracking().OrderByDescending(p => p.StartsOn).FirstOrDefaultAsync(ct) is { } p ? View(p) : null;

    /// <summary>Starts the programme when there is none, else changes the current one from the version read.</summary>
    public async Task<Result<ProgrammeView>> SaveAsync(ProgrammeSettingsInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var now = clock.GetUtcNow().UtcDateTime;
        var programme = await db.Programmes.OrderByDescending(p => p.StartsOn).FirstOrDefaultAsync(ct);
        if (programme is null)
        {
            programme = ProgrammeRecord.Start(input.Name, input.StartsOn, input.EndsOn, input.Countries, "EUR", now);
            db.Programmes.Add(programme);
        }
        else
        {
            if (programme.Version != input.Version) return Stale();
            var outside = await db.ProgrammeActivities.AnyAsync(a => a.ProgrammeId == programme.Id && (a.StartsOn < input.StartsOn || a.EndsOn > input.EndsOn), ct);
            if (outside) return Error.Invalid("Some activities fall outside these dates: move them first.") with { Field = "startsOn" };
            programme.Change(input.Name, input.StartsOn, input.EndsOn, input.Countries, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        await audit.RecordAsync("programme.saved", AuditOutcome.Success, "programme", programme.Id.ToString());
        return View(programme);
    }

    private static Error Stale() => Error.Conflict("Someone else changed this record since you opened it. Reload it and make your change again.");

    private static ProgrammeView View(ProgrammeRecord p) => new(p.Id.Value, p.Name, p.StartsOn, p.EndsOn, p.CountryList, p.BudgetCurrency, p.Version);
}
