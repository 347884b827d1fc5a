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

public sealed record RecommendationView(Guid Id, Guid ActivityId, string DialogueTitle, string TextEnglish, string? TextFrench, string? TextArabic,
    string AddresseeCountry, string AddresseeInstitution, string Priority, DateOnly? DueOn, string Status, string? Evidence, bool Overdue, int Version)
{
    /// <summary>The text in the reader's language, falling back to English.</summary>
    public string TextIn(string language) => language switch { "fr" => TextFrench ?? TextEnglish, "ar" => TextArabic ?? TextEnglish, _ => TextEnglish };
}

public sealed record RecommendationChangeView(string Field, string? From, string? To, DateTime At);

public sealed record RecommendationFilter(string? Country = null, string? Status = null, bool OverdueOnly = false, Guid? Dialogue = null);

/// <summary>A recommendation as staff issue or follow it up. On a change, status and evidence go with the text and the version read.</summary>
public sealed class RecommendationInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Text in English")]
    public string TextEnglish { get; set; } = "";

    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Text in French")]
    public string? TextFrench { get; set; }

    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Text in Arabic")]
    public string? TextArabic { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Addressee country")]
    public string AddresseeCountry { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Addressee institution")]
    public string AddresseeInstitution { get; set; } = "";

    [Display(Name = "Priority")]
    public string Priority { get; set; } = "medium";

    [Display(Name = "Due on")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Status")]
    public string Status { get; set; } = "open";

    [StringLength(2000, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Evidence of follow-up")]
    public string? Evidence { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!ActivityInput.IsCountryCode(AddresseeCountry))
            yield return new(context.Translate("Give the country as a two-letter ISO 3166 code, such as JO or BE."), [nameof(AddresseeCountry)]);
        if (!Codes.TryParse<RecommendationPriority>(Priority, out _))
            yield return new(context.Translate("Priority is high, medium or low."), [nameof(Priority)]);
        if (!Codes.TryParse<RecommendationStatus>(Status, out var status))
            yield return new(context.Translate("Choose a status from the list."), [nameof(Status)]);
        else if (status == RecommendationStatus.Implemented && string.IsNullOrWhiteSpace(Evidence))
            yield return new(context.Translate("Give the evidence that shows the recommendation implemented."), [nameof(Evidence)]);
    }

    public RecommendationText Text() => new(TextEnglish, TextFrench, TextArabic, AddresseeCountry, AddresseeInstitution,
        Codes.TryParse<RecommendationPriority>(Priority, out var p) ? p : RecommendationPriority.Medium, DueOn);
}

/// <summary>
/// Recommendations of regional dialogues and their follow-up tracker across dialogues. Published
/// programme data: readers see them; staff issue and follow them up, and every change is kept.
/// </summary>
public sealed class Recommendations(SanadDb db, AccessScope caller, AuditTrail audit, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<RecommendationView>> ListAsync(RecommendationFilter filter, CancellationToken ct = default)
    {
        var query = db.Recommendations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Country)) query = query.Where(r => r.AddresseeCountry == filter.Country.Trim().ToUpper());
        if (Codes.TryParse<RecommendationStatus>(filter.Status, out var status)) query = query.Where(r => r.Status == status);
        if (filter.Dialogue is { } d) query = query.Where(r => r.ActivityId == new ActivityId(d));
        if (filter.OverdueOnly)
        {
            var today = Today;
            query = query.Where(r => r.DueOn < today && (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress));
        }
        var rows = await query.Join(db.ProgrammeActivities, r => r.ActivityId, a => a.Id, (r, a) => new { r, a.Title })
            .OrderBy(x => x.r.DueOn).ThenBy(x => x.r.AddresseeCountry).Take(2000).ToListAsync(ct);
        return rows.Select(x => View(x.r, x.Title)).ToList();
    }

    public async Task<RecommendationView?> OneAsync(RecommendationId id, CancellationToken ct = default)
    {
        var row = await db.Recommendations.AsNoTracking().Where(r => r.Id == id)
            .Join(db.ProgrammeActivities, r => r.ActivityId, a => a.Id, (r, a) => new { r, a.Title }).SingleOrDefaultAsync(ct);
        return row is null ? null : View(row.r, row.Title);
    }

    public async Task<IReadOnlyList<RecommendationChangeView>> HistoryAsync(RecommendationId id, CancellationToken ct = default) =>
        (await db.RecommendationChanges.AsNoTracking().Where(c => c.RecommendationId == id).OrderBy(c => c.Id).ToListAsync(ct))
            .Select(c => new RecommendationChangeView(c.Field, c.From, c.To, c.At)).ToList();

    public async Task<Result<RecommendationView>> IssueAsync(ActivityId dialogue, RecommendationInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var activity = await db.ProgrammeActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == dialogue, ct);
        if (activity is null) return Error.NotFound();
        if (activity.Kind != ActivityKind.RegionalDialogue) return Error.Invalid("Recommendations are issued by regional dialogues.");
        var (recommendation, issued) = Recommendation.Issue(dialogue, input.Text(), caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (Codes.TryParse<RecommendationStatus>(input.Status, out var status) && status != RecommendationStatus.Open)
            foreach (var change in recommendation.Change(input.Text(), status, input.Evidence, caller.UserId, clock.GetUtcNow().UtcDateTime))
                db.RecommendationChanges.Add(change);
        db.Recommendations.Add(recommendation);
        db.RecommendationChanges.Add(issued);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.recommendation-issued", AuditOutcome.Success, "programme-recommendation", recommendation.Id.ToString());
        return View(recommendation, activity.Title);
    }

    public async Task<Result<RecommendationView>> ChangeAsync(RecommendationId id, RecommendationInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var recommendation = await db.Recommendations.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null) return Error.NotFound();
        if (recommendation.Version != input.Version) return Activities.Stale();
        Codes.TryParse<RecommendationStatus>(input.Status, out var status);
        var changes = recommendation.Change(input.Text(), status, input.Evidence, caller.UserId, clock.GetUtcNow().UtcDateTime);
        db.RecommendationChanges.AddRange(changes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Activities.Stale();
        }
        if (changes.Count > 0)
            await audit.RecordAsync("programme.recommendation-changed", AuditOutcome.Success, "programme-recommendation", id.ToString(), string.Join(',', changes.Select(c => c.Field)));
        return (await OneAsync(id, ct))!;
    }

    private RecommendationView View(Recommendation r, string dialogue) => new(r.Id.Value, r.ActivityId.Value, dialogue, r.TextEnglish, r.TextFrench, r.TextArabic,
        r.AddresseeCountry, r.AddresseeInstitution, Codes.Of(r.Priority), r.DueOn, Codes.Of(r.Status), r.Evidence,
        Recommendation.IsOverdue(r.DueOn, r.Status, Today), r.Version);
}
