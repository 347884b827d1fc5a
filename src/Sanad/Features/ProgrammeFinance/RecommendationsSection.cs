using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sanad.Data;
using Sanad.Domain.Cases;
using Sanad.Domain.Programmes;
using Sanad.Resources;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// The recommendations status of the donor report (ADR 0045): the recommendations of the programme's
/// regional dialogues held by the end of the period, with their status as it stood at that end (read
/// from their history), counted by status and by addressee country, then the overdue ones (due before
/// the end of the period, or today if it is earlier, and still open or in progress) with their text
/// in the report's language, due date and addressee. No personal data: recommendations address institutions.
/// </summary>
public sealed class RecommendationsSection(SanadDb db, IStringLocalizer<SharedResource> t, TimeProvider clock) : IDonorReportSection
{
    public async Task<DonorReportSection?> ComposeAsync(DonorReportRequest request, ProgrammeId programme, CancellationToken ct)
    {
        var dialogues = db.ProgrammeActivities.AsNoTracking()
            .Where(a => a.ProgrammeId == programme && a.Kind == ActivityKind.RegionalDialogue && a.StartsOn <= request.To)
            .Select(a => a.Id);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => dialogues.Contains(r.ActivityId))
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(ct);
        if (recommendations.Count == 0) return null;

        var end = request.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = recommendations.Select(r => r.Id).ToList();
        var statusChanges = await db.RecommendationChanges.AsNoTracking()
            .Where(c => ids.Contains(c.RecommendationId) && c.Field == "status" && c.At < end)
            .Select(c => new { c.RecommendationId, c.At, c.Id, c.To }).ToListAsync(ct);
        var lastStatus = statusChanges.GroupBy(c => c.RecommendationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.At).ThenBy(c => c.Id).Last().To);
        // Issued after the period: not yet in it, even if its dialogue was.
        var issued = (await db.RecommendationChanges.AsNoTracking()
            .Where(c => ids.Contains(c.RecommendationId) && c.Field == "issued" && c.At < end).Select(c => c.RecommendationId).ToListAsync(ct)).ToHashSet();
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) is var today && today < request.To ? today : request.To;
        var atEnd = recommendations.Where(r => issued.Contains(r.Id))
            .Select(r => (Recommendation: r, Status: StatusAt(r, lastStatus.GetValueOrDefault(r.Id))))
            .ToList();
        if (atEnd.Count == 0) return null;

        string byStatus = t["By status"], byCountry = t["By addressee country"], overdue = t["Overdue"];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var status in Enum.GetValues<RecommendationStatus>())
            rows.Add([byStatus, t["recommendation-status:" + Codes.Of(status)], atEnd.Count(x => x.Status == status).ToString(), "", ""]);
        foreach (var country in atEnd.GroupBy(x => x.Recommendation.AddresseeCountry).OrderBy(g => g.Key, StringComparer.Ordinal))
            rows.Add([byCountry, country.Key, country.Count().ToString(), "", ""]);
        foreach (var (r, _) in atEnd.Where(x => Recommendation.IsOverdue(x.Recommendation.DueOn, x.Status, asOf)))
            rows.Add([overdue, TextIn(r), "", r.DueOn!.Value.ToString("yyyy-MM-dd"), $"{r.AddresseeInstitution} ({r.AddresseeCountry})"]);
        return new DonorReportSection(t["Recommendations status"], [t["Part"], t["Item"], t["Count"], t["Due date"], t["Addressee"]], rows);
    }

    /// <summary>The status a recommendation had at the end of the period: its last status change by then, else open (as issued).</summary>
    private static RecommendationStatus StatusAt(Recommendation r, string? lastChange) =>
        lastChange is null ? RecommendationStatus.Open : Codes.TryParse<RecommendationStatus>(lastChange, out var s) ? s : r.Status;

    private static string TextIn(Recommendation r) => Localization.CurrentLanguage switch
    {
        "fr" => r.TextFrench ?? r.TextEnglish,
        "ar" => r.TextArabic ?? r.TextEnglish,
        _ => r.TextEnglish,
    };
}
