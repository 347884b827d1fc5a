using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.Screening;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Cases;

public sealed partial class CaseScreeningInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Profile")]
    public string Profile { get; set; } = "";

    [Display(Name = "Indicators")]
    public List<string> Indicators { get; set; } = [];

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Interview language")]
    public string Language { get; set; } = "";

    [Display(Name = "An interpreter was used")]
    public bool InterpreterUsed { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!LanguageCode().IsMatch(Language ?? ""))
            yield return new(context.Translate("Use ISO 639 language codes such as ar, am, tl or si."), [nameof(Language)]);
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}

public sealed record CaseScreeningView(long Id, string Profile, string CatalogueVersion, string Outcome, string Rule,
    IReadOnlyList<string> PositiveDimensions, IReadOnlyList<string> Indicators, string Language, bool InterpreterUsed, Guid? ScreenedBy, DateTime ScreenedAt);

/// <summary>
/// Screens the person of a case: evaluates the ticked indicators with the catalogue, stores the
/// result with who, when, language and interpreter, and fills the case's methods of control and
/// types of labour exploitation from the answers, so nothing is typed twice. Audited.
/// </summary>
public sealed class ScreenCase(SanadDb db, ScreeningEvaluator evaluator, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<(long Id, ScreeningResult Result)>> HandleAsync(CaseId id, CaseScreeningInput input, CancellationToken ct = default)
    {
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (found is null) return Error.NotFound();
        if (!caller.CanChange(found.AgencyId)) return Error.ReadOnly();
        var evaluated = evaluator.Evaluate(input.Profile, input.Indicators);
        if (!evaluated.Succeeded) return evaluated.Error!;
        var result = evaluated.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        var screening = CaseScreening.Record(id, result.Profile, result.CatalogueVersion, result.Outcome, result.Rule,
            result.Dimensions.Where(d => d.Positive).Select(d => d.Code), input.Language, input.InterpreterUsed, caller.UserId, now);
        screening.SealIndicators(await sealer.SealAsync(input.Indicators.Distinct().ToList(), CaseScreening.RecordType, screening.SealingId, ct));
        db.CaseScreenings.Add(screening);

        var change = new CaseChange(
            MethodsOfControl: Union(found.MethodsOfControl, result.MethodsOfControl.Where(Htcds.MethodsOfControl.Contains)),
            LabourExploitation: Union(found.LabourExploitation, result.TypesOfLabourExploitation.Where(Htcds.LabourExploitation.Contains)));
        foreach (var line in found.Apply(change, now))
            db.CaseHistory.Add(CaseHistoryEntry.Record(id, line, caller.UserId, now));
        db.CaseHistory.Add(CaseHistoryEntry.Record(id, new CaseFieldChange("screening", null, $"{result.Profile}:{result.Outcome}"), caller.UserId, now));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("case.screened", AuditOutcome.Success, "case", id.ToString(), $"{result.Profile};{result.Outcome}");
        return (screening.Id, result);
    }

    public async Task<IReadOnlyList<CaseScreeningView>?> ListAsync(CaseId id, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, ct)) return null;
        var rows = await db.CaseScreenings.AsNoTracking().Where(s => s.CaseId == id).OrderByDescending(s => s.Id).ToListAsync(ct);
        var views = new List<CaseScreeningView>(rows.Count);
        foreach (var s in rows)
        {
            var indicators = await sealer.OpenAsync<List<string>>(s.SealedIndicators, CaseScreening.RecordType, s.SealingId, ct);
            views.Add(new CaseScreeningView(s.Id, s.Profile, s.CatalogueVersion, s.Outcome, s.Rule,
                s.PositiveDimensions.Split(',', StringSplitOptions.RemoveEmptyEntries), indicators, s.Language, s.InterpreterUsed, s.ScreenedBy, s.ScreenedAt));
        }
        return views;
    }

    private static List<string> Union(string current, IEnumerable<string> added) =>
        current.Split(',', StringSplitOptions.RemoveEmptyEntries).Concat(added).Distinct().Order().ToList();
}
