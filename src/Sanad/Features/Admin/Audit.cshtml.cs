using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sanad.Features.Users;

namespace Sanad.Features.Admin;

/// <summary>The audit trail for admins, newest first, with filters.</summary>
public sealed class AuditModel(SearchAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? TargetType { get; set; }
    [BindProperty(SupportsGet = true)] public string? TargetId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateTime? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public Page<AuditRow> Result { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync() =>
        Result = await audit.FindAsync(new AuditFilter(Action, Actor, TargetType, TargetId, Outcome, From, To?.AddDays(1), PageNumber));
}
