using Microsoft.Extensions.Localization;
using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;
using Sanad.Features.Assistance;
using Sanad.Features.Jurisdictions;
using Sanad.Features.Legal;
using Sanad.Features.Services;
using Sanad.Resources;
using Sanad.Web;
using Sanad.Web.Printing;
using static Sanad.Features.Exports.SheetWriter;

namespace Sanad.Features.Exports;

/// <summary>
/// The case file's assistance and legal parts: the plan, services delivered, follow-ups and the
/// legal track, each read through its own use case. A part the caller's role may not read is left
/// out; free texts the use case withholds (the coordinator's) are simply absent.
/// </summary>
public sealed class CaseFileCare(AssistancePlans plans, ServicesDelivered services, FollowUps followUps, LegalTrack legal,
    JurisdictionRules jurisdictions, AgencyNameBook agencies, IStringLocalizer<SharedResource> t)
{
    /// <summary>Writes the parts the caller may read; returns their names for the audit entry.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(SheetWriter sheet, CaseId id, CancellationToken ct)
    {
        var parts = new List<string>();
        if (await plans.ReadAsync(id, ct) is { Succeeded: true, Value.Current: { } plan })
        {
            // A plan has at most 30 goals: no cut needed.
            sheet.Section(t["Assistance plan"],
            [
                Row(t["Plan"], $"{t["plan-state:" + plan.State]} · {t["Version"]} {plan.Number}"),
                .. plan.Goals.Select(g => new PrintedRow(t["service:" + g.Area], Joined(g.Text, Date(g.TargetDate), t["goal-status:" + g.Status]))),
            ]);
            parts.Add("plan");
        }
        if (await services.ListAsync(id, ct) is { Succeeded: true, Value.Count: > 0 } delivered)
        {
            sheet.Entries(t["Services delivered"], delivered.Value!, s =>
            [
                new PrintedRow(t["service:" + s.ServiceType],
                    Joined(s.AgencyCode, $"{Date(s.StartedOn)} → {Date(s.EndedOn) ?? "…"}", t["service-outcome:" + s.Outcome])),
                Row(t["Note"], s.Note),
            ]);
            parts.Add("services");
        }
        if (await followUps.ListAsync(id, ct) is { Succeeded: true, Value.Count: > 0 } planned)
        {
            sheet.Entries(t["Follow-ups"], planned.Value!, f =>
            [
                new PrintedRow(Date(f.DueOn), Joined(f.What, f.AssignedName,
                    f.DoneOn is { } done ? $"{t["Done on"]} {Date(done)}" : f.Overdue ? t["Overdue"].Value : null)),
                Row(t["Note"], f.DoneNote),
            ]);
            parts.Add("follow-ups");
        }
        if (await legal.ReadAsync(id, ct) is { Succeeded: true } track)
        {
            await LegalAsync(sheet, track.Value!, ct);
            parts.Add("legal");
        }
        return parts;
    }

    private async Task LegalAsync(SheetWriter sheet, LegalTrackView track, CancellationToken ct)
    {
        var names = await agencies.AllAsync(ct);
        string? Authority(Guid? agency, string? name) =>
            name ?? (agency is { } a && names.TryGetValue(new AgencyId(a), out var found) ? found.Name : null);
        var rules = await jurisdictions.ForNodeAsync(ct);
        var language = Localization.CurrentLanguage;

        if (track.ReflectionPeriod is { } period)
            sheet.Section(t["Legal track"], [Row(t["Reflection period"], $"{Date(period.StartsOn)} → {Date(period.EndsOn)}")]);
        sheet.Entries(t["Residence documents"], track.Documents, d =>
        [
            new PrintedRow(rules?.Rules.DocumentOf(d.Type)?.Label.In(language) ?? d.Type,
                Joined(d.Number, $"{Date(d.IssuedOn)} → {Date(d.ValidUntil) ?? "∞"}", t["Renewals: {0}", d.Renewals])),
        ]);
        sheet.Entries(t["Cooperation with the authorities"], track.Cooperation, c =>
        [
            new PrintedRow(t["cooperation:" + c.Kind], Joined(Date(c.On), Authority(c.AuthorityAgencyId, c.AuthorityName))),
        ]);
        sheet.Entries(t["Proceedings"], track.Proceedings, p =>
        [
            new PrintedRow(t["proceeding:" + p.Kind],
                Joined(Date(p.On), t["proceeding-outcome:" + p.Outcome], Authority(p.AgencyId, p.AuthorityName), p.Reference)),
        ]);
    }

    /// <summary>The values that exist, one after the other.</summary>
    private static string Joined(params string?[] values) => string.Join(" · ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
}
