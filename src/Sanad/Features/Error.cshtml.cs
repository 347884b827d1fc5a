using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sanad.Features;

/// <summary>The error page for browsers: a translated message and a trace id, never exception text.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = 500;
    public string TraceId { get; private set; } = "";

    public void OnGet(int? status) => Fill(status);
    public void OnPost(int? status) => Fill(status);

    private void Fill(int? status)
    {
        Status = status ?? 500;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
