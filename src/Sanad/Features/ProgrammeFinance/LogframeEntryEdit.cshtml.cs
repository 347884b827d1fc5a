using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>Write the impact, an outcome or an output under its parent, or reword one from the version read.</summary>
[Authorize(Policy = Policies.ProgrammeFinance)]
public sealed class LogframeEntryEditModel(LogframeBook logframe, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public LogframeEntryInput Input { get; set; } = new();
    /// <summary>Entries that can be a parent: the impact and the outcomes.</summary>
    public IReadOnlyList<LogframeEntryView> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await logframe.ReadAsync(null) is not { } lf) return NotFound();
        Show(lf);
        if (Id is not { } id) return Page();
        if (lf.Entries.FirstOrDefault(e => e.Id == id) is not { } entry) return NotFound();
        Input = new LogframeEntryInput { Level = entry.Level, Code = entry.Code, Statement = entry.Statement, Parent = entry.Parent, Version = entry.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await logframe.ReadAsync(null) is not { } lf) return NotFound();
        Show(lf);
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, Input, t, nameof(Input));
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id ? await logframe.ReviseEntryAsync(id, Input) : await logframe.WriteEntryAsync(lf.ProgrammeId, Input);
        if (result.Succeeded)
        {
            TempData["Notice"] = t["The logframe entry is saved."].Value;
            return Redirect("/Programme/Logframe");
        }
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        result.Error.AddTo(ModelState, t, nameof(Input));
        return Page();
    }

    private void Show(LogframeView lf) => Parents = lf.Entries.Where(e => e.Level != "output" && e.Id != Id).ToList();
}
