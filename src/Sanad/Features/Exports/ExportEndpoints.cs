using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Cases;
using Sanad.Domain.Referrals;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;
using Sanad.Web.Printing;

namespace Sanad.Features.Exports;

/// <summary>
/// The printed exports of a case: <c>GET /api/v1/referrals/{id}/sheet</c> for every side of a
/// referral, <c>GET /api/v1/cases/{id}/file</c> for the roles that open case files. The pages link
/// here: a signed-in browser downloads with its session cookie.
/// </summary>
public static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/referrals/{id:guid}/sheet", async (Guid id, ReferralSheet sheet, IStringLocalizer<SharedResource> t, HttpContext http, CancellationToken ct) =>
                Pdf(await sheet.ComposeAsync(new ReferralId(id), ct), t, http))
            .WithTags("Referrals")
            .RequireAuthorization(Policies.Referrals)
            .WithSummary("The referral sheet as a PDF in the reader's language: the receiver's copy holds only the consented scope; audited");

        api.MapGet("/cases/{id:guid}/file", async (Guid id, CaseFile file, IStringLocalizer<SharedResource> t, HttpContext http, CancellationToken ct) =>
                Pdf(await file.ComposeAsync(new CaseId(id), ct), t, http))
            .WithTags("Cases")
            .RequireAuthorization(Policies.CaseData)
            .WithSummary("The case file as a PDF in the reader's language, holding only the parts the reader's role sees; audited");
    }

    /// <summary>An attachment that no cache or proxy keeps; the name is plain ASCII (a reference or an id).</summary>
    private static IResult Pdf(Result<PrintedFile> composed, IStringLocalizer t, HttpContext http)
    {
        if (!composed.Succeeded) return composed.Error!.ToProblem(t);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{composed.Value!.FileName}\"";
        return TypedResults.File(PdfPrinter.Print(composed.Value.Document), "application/pdf");
    }
}
