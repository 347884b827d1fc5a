using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Cases;

public sealed class IdentificationInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Decision")]
    public string Outcome { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Deciding authority")]
    public string Authority { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Date of the decision")]
    public string DecidedOn { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Basis of the decision")]
    public string? Basis { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Codes.TryParse<IdentificationOutcome>(Outcome, out _))
            yield return new(context.Translate("Choose possible, presumed, formally-identified or not-a-victim."), [nameof(Outcome)]);
        if (!Htcds.DecidingBodies.Contains(Authority))
            yield return new(context.Translate("Unknown deciding body."), [nameof(Authority)]);
        if (IsoDate.Parse(DecidedOn) is not { } on)
            yield return new(context.Translate("Write the date as year-month-day, for example 1994-03-21."), [nameof(DecidedOn)]);
        else if (on > DateOnly.FromDateTime(DateTime.UtcNow))
            yield return new(context.Translate("A decision cannot be dated in the future."), [nameof(DecidedOn)]);
    }
}

public sealed record IdentificationView(long Id, string Outcome, string Authority, DateOnly DecidedOn, string? Basis, DateTime RecordedAt, Guid? RecordedBy);

/// <summary>
/// Records an identification decision on a case and sets the case's trafficking status from it,
/// in one transaction, with a line in the case history. Audited; the basis is sealed.
/// </summary>
public sealed class DecideIdentification(SanadDb db, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<long>> HandleAsync(CaseId id, IdentificationInput input, CancellationToken ct = default)
    {
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Error.NotFound();
        if (!caller.CanChange(found.AgencyId)) return Error.ReadOnly();
        Codes.TryParse<IdentificationOutcome>(input.Outcome, out var outcome);
        var now = clock.GetUtcNow().UtcDateTime;
        var decision = IdentificationDecision.Record(id, outcome, input.Authority, IsoDate.Parse(input.DecidedOn)!.Value, caller.UserId, now);
        if (!string.IsNullOrWhiteSpace(input.Basis))
            decision.SealBasis(await sealer.SealAsync(input.Basis.Trim(), IdentificationDecision.RecordType, decision.SealingId, ct));
        db.IdentificationDecisions.Add(decision);
        foreach (var change in found.Apply(new CaseChange(TraffickingStatus: decision.ImpliedTraffickingStatus, TraffickingStatusDecidedBy: input.Authority), now))
            db.CaseHistory.Add(CaseHistoryEntry.Record(id, change, caller.UserId, now));
        db.CaseHistory.Add(CaseHistoryEntry.Record(id, new CaseFieldChange("identification", null, Codes.Of(outcome)), caller.UserId, now));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.identification-decided", AuditOutcome.Success, "case", id.ToString(), $"{Codes.Of(outcome)};{input.Authority}");
        return decision.Id;
    }

    public async Task<IReadOnlyList<IdentificationView>?> ListAsync(CaseId id, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return null;
        var rows = await db.IdentificationDecisions.AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.Id).ToListAsync(ct);
        var views = new List<IdentificationView>(rows.Count);
        foreach (var d in rows)
        {
            var basis = d.SealedBasis is null ? null : await sealer.OpenAsync<string>(d.SealedBasis, IdentificationDecision.RecordType, d.SealingId, ct);
            views.Add(new IdentificationView(d.Id, Codes.Of(d.Outcome), d.Authority, d.DecidedOn, basis, d.RecordedAt, d.RecordedBy));
        }
        return views;
    }
}
