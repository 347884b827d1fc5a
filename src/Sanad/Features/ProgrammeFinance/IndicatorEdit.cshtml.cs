using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>One period's row of the indicator form, as typed.</summary>
public sealed class IndicatorTargetRow
{
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Target { get; set; }

    public bool IsBlank => StartsOn is null && EndsOn is null && string.IsNullOrWhiteSpace(Target);
}

/// <summary>Define an indicator (unit, baseline, source, targets per period) or change one from the version read.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class IndicatorEditModel(LogframeBook logframe, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Blank period rows offered under the filled ones, so periods can be added without JavaScript.</summary>
    private const int BlankRows = 3;

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public IndicatorInput Input { get; set; } = new();
    [BindProperty] public string? BaselineText { get; set; }
    [BindProperty] public List<IndicatorTargetRow> Rows { get; set; } = [];
    public IReadOnlyList<LogframeEntryView> Entries { get; private set; } = [];
    public IReadOnlyList<IIndicatorSource> Sources => logframe.Sources;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await logframe.ReadAsync(null) is not { } lf) return NotFound();
        Entries = lf.Entries;
        if (Id is { } id)
        {
            var found = lf.Entries.SelectMany(e => e.Indicators.Select(i => (Entry: e, Indicator: i))).FirstOrDefault(x => x.Indicator.Id == id);
            if (found.Indicator is not { } i) return NotFound();
            Input = new IndicatorInput
            {
                Entry = found.Entry.Code, Code = i.Code, Name = i.Name, Unit = i.Unit, Source = i.Source, Parameter = i.Parameter, Country = i.Country, Version = i.Version,
            };
            BaselineText = BudgetNumbers.Show(i.Baseline);
            Rows = i.Periods.Select(p => new IndicatorTargetRow { StartsOn = p.StartsOn, EndsOn = p.EndsOn, Target = BudgetNumbers.Show(p.Target) }).ToList();
        }
        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new IndicatorTargetRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await logframe.ReadAsync(null) is not { } lf) return NotFound();
        Entries = lf.Entries;
        ModelState.Clear();
        Input.Baseline = BudgetNumbers.Read(BaselineText, "Baseline", nameof(BaselineText), ModelState, t);
        Input.Targets = [];
        for (var n = 0; n < Rows.Count; n++)
        {
            var row = Rows[n];
            if (row.IsBlank) continue;
            if (row.StartsOn is not { } start || row.EndsOn is not { } end)
            {
                ModelState.AddModelError($"Rows[{n}]", t["Each period needs a start, an end and a target."]);
                continue;
            }
            Input.Targets.Add(new IndicatorTargetInput { StartsOn = start, EndsOn = end, Target = BudgetNumbers.Read(row.Target, "Target", $"Rows[{n}].Target", ModelState, t) });
        }
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (ModelState.IsValid)
        {
            var result = Id is { } id ? await logframe.ReviseIndicatorAsync(id, Input) : await logframe.DefineAsync(lf.ProgrammeId, Input);
            if (result.Succeeded)
            {
                TempData["Notice"] = t["The indicator is saved."].Value;
                return Redirect("/Programme/Logframe");
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState, t, nameof(Input));
        }
        Rows = Rows.Where(r => !r.IsBlank).Concat(Enumerable.Range(0, BlankRows).Select(_ => new IndicatorTargetRow())).ToList();
        return Page();
    }
}
