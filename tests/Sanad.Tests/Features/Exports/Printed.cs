using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Features.Exports;
using Sanad.Security;
using Sanad.Tests.Support;
using Sanad.Web;
using Sanad.Web.Printing;

namespace Sanad.Tests.Features.Exports;

/// <summary>
/// Reads a printed export two ways: the document model, composed by the same use case the
/// endpoint calls, for a real user's principal and language (PDF text is drawn glyph by glyph,
/// Arabic in presentation forms, so the model is where content is asserted); and the HTTP answer,
/// checked to be a PDF that opens, with its headers.
/// </summary>
internal static class Printed
{
    /// <summary>What a use case composes for the user with this e-mail, reading in this language.</summary>
    public static async Task<Result<PrintedFile>> ComposeAsync<TSheet>(this SanadApp app, string email, string language,
        Func<TSheet, Task<Result<PrintedFile>>> compose) where TSheet : notnull
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<SanadUser>>().FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<SanadUser>>().CreateAsync(user);
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.CultureFor(language);
        try
        {
            return await compose(services.GetRequiredService<TSheet>());
        }
        finally
        {
            accessor.HttpContext = null;
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public static async Task<PrintedDocument> DocumentAsync<TSheet>(this SanadApp app, string email, string language,
        Func<TSheet, Task<Result<PrintedFile>>> compose) where TSheet : notnull
    {
        var composed = await app.ComposeAsync(email, language, compose);
        Assert.True(composed.Succeeded, composed.Error?.MessageKey);
        return composed.Value!.Document;
    }

    /// <summary>Every word of the document, one row a line: title, headings, labels, values, footer.</summary>
    public static string Text(this PrintedDocument document) =>
        string.Join('\n', new[] { document.Title, document.Footer }
            .Concat(document.Sections.SelectMany(s => s.Rows.Select(r => $"{r.Label}: {r.Value}").Prepend(s.Heading))));

    public static IReadOnlyList<string> Headings(this PrintedDocument document) => document.Sections.Select(s => s.Heading).ToList();

    public static PrintedSection Section(this PrintedDocument document, string heading) => document.Sections.Single(s => s.Heading == heading);

    /// <summary>The answer is a PDF that opens, downloaded under the expected name and kept by no cache; returns its title.</summary>
    public static async Task<(string Title, int Pages)> AssertPdfAsync(HttpResponseMessage response, string fileName)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"{fileName}\"", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return (pdf.Info.Title, pdf.PageCount);
    }

    /// <summary>The audit entries of one action on one record, oldest first.</summary>
    public static Task<List<(string? Detail, Guid? Actor)>> AuditAsync(this SanadApp app, string action, string targetId) =>
        app.ScopedAsync(async sp => (await sp.GetRequiredService<SanadDb>().AuditEntries.AsNoTracking()
                .Where(e => e.Action == action && e.TargetId == targetId).OrderBy(e => e.Sequence).Select(e => new { e.Detail, e.ActorUserId }).ToListAsync())
            .Select(e => (e.Detail, e.ActorUserId)).ToList());
}
