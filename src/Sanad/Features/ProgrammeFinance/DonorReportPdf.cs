using System.Globalization;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Accounts;
using Sanad.Resources;
using Sanad.Web;
using Sanad.Web.Printing;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>The donor report as a printed document in the current UI language: sections with figures, and bar charts.</summary>
public sealed class DonorReportPdf(IStringLocalizer<SharedResource> t)
{
    public byte[] Write(DonorReportContent c, DateTimeOffset now)
    {
        var sections = new List<PrintedSection>
        {
            new(t["Summary"], [
                new(t["Programme"], c.Programme),
                new(t["Funder"], $"{c.FunderName} ({c.FunderCode})"),
                new(t["Reporting period"], $"{Day(c.From)} – {Day(c.To)}"),
                new(t["Committed amount"], Money(c.FunderCommitted, c.Currency)),
                new(t["Share of eligible costs"], Percent(c.FunderShare)),
                new(t["Spent in the period"], Money(c.InPeriod.TotalActual, c.Currency)),
                new(t["Spent to the end of the period"], $"{Money(c.ToDate.TotalActual, c.Currency)} ({Percent(c.ToDate.BurnRate)} {t["of the budget"]})"),
                new(t["Total budget"], Money(c.ToDate.TotalBudget, c.Currency)),
            ]),
            Activities(c),
            Logframe(c),
            Budget(c),
            CoFinancing(c),
        };
        foreach (var extra in c.Extra)
            sections.Add(new PrintedSection(extra.Heading, extra.Rows.Select(r => new PrintedRow(r.FirstOrDefault(), string.Join(" · ", r.Skip(1).Where(cell => cell.Length > 0)))).ToList()));
        var title = t["Donor report: {0}, {1} to {2}", c.Programme, Day(c.From), Day(c.To)].Value;
        var footer = t["Prepared by Sanad for {0} on {1}", c.FunderName, Day(DateOnly.FromDateTime(now.UtcDateTime))].Value;
        return PdfPrinter.Print(new PrintedDocument(title, Localization.CurrentLanguage == Languages.Arabic, sections, footer));
    }

    private PrintedSection Activities(DonorReportContent c)
    {
        var rows = c.Activities.Select(a => new PrintedRow(a.Title,
            $"{t["activity-kind:" + a.Kind]} · {a.Country} · {Day(a.StartsOn)} – {Day(a.EndsOn)} · {t["activity-status:" + a.Status]}")).ToList();
        if (c.ActivitiesInPeriod > c.Activities.Count) rows.Add(new PrintedRow(null, t["{0} more activities not printed.", c.ActivitiesInPeriod - c.Activities.Count]));
        if (rows.Count == 0) rows.Add(new PrintedRow(null, t["No activity took place in the period."]));
        var byKind = c.Activities.GroupBy(a => a.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PrintedBarGroup(t["activity-kind:" + g.Key], [g.Count(), g.Count(a => a.Status == "completed")], $"{g.Count(a => a.Status == "completed")} / {g.Count()}")).ToList();
        return new PrintedSection(t["Activities and outputs"], rows, byKind.Count == 0 ? null : new PrintedChart([t["Activities"], t["Completed"]], byKind));
    }

    private PrintedSection Logframe(DonorReportContent c)
    {
        var rows = new List<PrintedRow>();
        var bars = new List<PrintedBarGroup>();
        foreach (var entry in c.Logframe.Entries)
        {
            rows.Add(new PrintedRow(null, $"{t["logframe-level:" + entry.Level]} {entry.Code}: {entry.Statement}"));
            foreach (var indicator in entry.Indicators)
                foreach (var p in indicator.Periods)
                {
                    rows.Add(new PrintedRow($"{indicator.Code} {indicator.Name}",
                        $"{p.Label}: {t["Target"]} {Number(p.Target)} {indicator.Unit}, {t["Actual"]} {Actual(p)} · {t["light:" + p.Light]}"));
                    if (p.Actual is { } actual) bars.Add(new PrintedBarGroup($"{indicator.Code} {p.Label}", [p.Target, actual], Percent(p.Achieved ?? 0)));
                }
        }
        if (rows.Count == 0) rows.Add(new PrintedRow(null, t["The logframe has no entries yet."]));
        return new PrintedSection(t["Logframe progress"], rows, bars.Count == 0 ? null : new PrintedChart([t["Target"], t["Actual"]], bars));
    }

    private PrintedSection Budget(DonorReportContent c)
    {
        var rows = c.Lines.Select(l => new PrintedRow($"{l.Code} {l.Description}",
            $"{t["Budget"]} {Money(l.Budget, c.Currency)} · {t["in the period"]} {Money(l.SpentInPeriod, c.Currency)} · {t["to date"]} {Money(l.SpentToDate, c.Currency)} ({Percent(BudgetBook.Rate(l.SpentToDate, l.Budget))}) · {c.FunderCode} {Money(l.FunderInPeriod, c.Currency)}")).ToList();
        rows.Add(new PrintedRow(t["Total"], $"{t["Budget"]} {Money(c.ToDate.TotalBudget, c.Currency)} · {t["in the period"]} {Money(c.InPeriod.TotalActual, c.Currency)} · {t["to date"]} {Money(c.ToDate.TotalActual, c.Currency)}"));
        var byCategory = c.Lines.GroupBy(l => l.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PrintedBarGroup(t["budget-category:" + g.Key], [g.Sum(l => l.Budget), g.Sum(l => l.SpentToDate)], Percent(BudgetBook.Rate(g.Sum(l => l.SpentToDate), g.Sum(l => l.Budget))))).ToList();
        return new PrintedSection(t["Budget versus actual"], rows, byCategory.Count == 0 ? null : new PrintedChart([t["Budget"], t["Spent to date"]], byCategory));
    }

    private PrintedSection CoFinancing(DonorReportContent c)
    {
        var rows = c.CoFinancing.Select(p => new PrintedRow($"{p.Label}{(p.Flagged ? " ⚠" : "")}",
            $"{t["Eligible costs"]} {Money(p.Eligible, c.Currency)} · " + string.Join(" · ", p.Shares.Select(s => $"{s.Funder} {Percent(s.Share)} ({t["Rule"]} {Percent(s.Rule)})"))
            + (p.Flagged ? " · " + t["Departs from the rule"] : ""))).ToList();
        rows.Insert(0, new PrintedRow(null, t["A quarter is flagged when a funder's share of eligible costs is more than {0} percentage points away from its rule.", Number(FundingCheck.Tolerance * 100)]));
        return new PrintedSection(t["Co-financing check"], rows);
    }

    private string Actual(IndicatorPeriodView p) => p.Suppressed ? t["fewer than 5"] : p.Actual is { } a ? Number(a) : "—";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Money(decimal amount, string currency) => amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency;
    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);
    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %";
}
