using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Sanad.Resources;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// The donor report as a workbook: one sheet per part, figures as numbers (amounts in the budget
/// currency, shares as fractions) so the donor's own spreadsheets can sum them; headers in the report's language.
/// </summary>
public sealed class DonorReportXlsx(IStringLocalizer<SharedResource> t)
{
    public byte[] Write(DonorReportContent c)
    {
        var sheets = new Dictionary<string, object>
        {
            [Sheet(t["Summary"])] = new List<Dictionary<string, object?>>
            {
                Pair(t["Programme"], c.Programme), Pair(t["Funder"], $"{c.FunderName} ({c.FunderCode})"),
                Pair(t["Reporting period"], $"{c.From:yyyy-MM-dd} – {c.To:yyyy-MM-dd}"), Pair(t["Currency"], c.Currency),
                Pair(t["Committed amount"], c.FunderCommitted), Pair(t["Share of eligible costs"], c.FunderShare),
                Pair(t["Total budget"], c.ToDate.TotalBudget), Pair(t["Spent in the period"], c.InPeriod.TotalActual),
                Pair(t["Spent to the end of the period"], c.ToDate.TotalActual), Pair(t["Activities"], c.ActivitiesInPeriod),
            },
            [Sheet(t["Activities"])] = c.Activities.Select(a => new Dictionary<string, object?>
            {
                [t["Activity"]] = a.Title, [t["Kind"]] = t["activity-kind:" + a.Kind].Value, [t["Country"]] = a.Country,
                [t["Starts"]] = a.StartsOn.ToString("yyyy-MM-dd"), [t["Ends"]] = a.EndsOn.ToString("yyyy-MM-dd"), [t["Status"]] = t["activity-status:" + a.Status].Value,
            }).ToList(),
            [Sheet(t["Logframe progress"])] = c.Logframe.Entries.SelectMany(e => e.Indicators.SelectMany(i => i.Periods.Select(p => new Dictionary<string, object?>
            {
                [t["Level"]] = t["logframe-level:" + e.Level].Value, [t["Number"]] = e.Code, [t["Indicator"]] = $"{i.Code} {i.Name}", [t["Unit"]] = i.Unit,
                [t["Period"]] = p.Label, [t["Target"]] = p.Target, [t["Actual"]] = p.Suppressed ? t["fewer than 5"].Value : p.Actual,
                [t["Achieved"]] = p.Achieved, [t["Progress"]] = t["light:" + p.Light].Value,
            }))).ToList(),
            [Sheet(t["Budget versus actual"])] = c.Lines.Select(l => new Dictionary<string, object?>
            {
                [t["Budget line"]] = l.Code, [t["Cost category"]] = t["budget-category:" + l.Category].Value, [t["Description"]] = l.Description,
                [t["Activity"]] = l.Activity, [t["Budget"]] = l.Budget, [t["Spent in the period"]] = l.SpentInPeriod, [t["Spent to date"]] = l.SpentToDate,
                [t["Charged to {0} in the period", c.FunderCode]] = l.FunderInPeriod,
            }).ToList(),
            [Sheet(t["Co-financing check"])] = c.CoFinancing.SelectMany(p => p.Shares.Select(s => new Dictionary<string, object?>
            {
                [t["Period"]] = p.Label, [t["Eligible costs"]] = p.Eligible, [t["Funder"]] = s.Funder, [t["Amount"]] = s.Amount,
                [t["Share"]] = s.Share, [t["Rule"]] = s.Rule, [t["Departs from the rule"]] = s.Departs ? t["Yes"].Value : t["No"].Value,
            })).ToList(),
        };
        foreach (var extra in c.Extra)
            sheets[Sheet(extra.Heading)] = extra.Rows.Select(r => extra.Columns.Select((column, i) => (column, value: i < r.Count ? r[i] : null))
                .ToDictionary(x => x.column, x => (object?)x.value)).ToList();
        using var output = new MemoryStream();
        output.SaveAs(sheets, excelType: ExcelType.XLSX);
        return output.ToArray();
    }

    private Dictionary<string, object?> Pair(string label, object? value) => new() { [t["Item"]] = label, [t["Value"]] = value };

    /// <summary>Sheet names: at most 31 characters and none of : \ / ? * [ ].</summary>
    private static string Sheet(string name)
    {
        var clean = new string(name.Where(ch => ":\\/?*[]".IndexOf(ch) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
