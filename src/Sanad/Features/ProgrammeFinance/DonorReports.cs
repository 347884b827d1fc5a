using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;
using Sanad.Domain.Programmes;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.ProgrammeFinance;

public enum DonorReportFormat
{
    Pdf,
    Xlsx,
}

/// <summary>A generated file and the name it downloads under.</summary>
public sealed record DonorReportFile(byte[] Content, string ContentType, string FileName);

public sealed record PublishedReportView(Guid Id, string Title, string Funder, DateOnly From, DateOnly To, string Language, DateTime PublishedAt);

/// <summary>
/// Donor reports: generated on request from the live books for the programme role, in the language
/// asked for; published (frozen as PDF and XLSX) for the viewers, who read only published copies.
/// </summary>
public sealed class DonorReports(SanadDb db, DonorReportComposer composer, DonorReportPdf pdf, DonorReportXlsx xlsx, AccessScope caller, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<DonorReportFile>> GenerateAsync(DonorReportRequest request, DonorReportFormat format, CancellationToken ct = default)
    {
        var language = Languages.IsSupported(request.Language) ? request.Language : Languages.English;
        using var _ = InLanguage(language);
        var content = await composer.ComposeAsync(request, ct);
        if (!content.Succeeded) return content.Error!;
        var name = $"donor-report-{content.Value!.FunderCode}-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}-{language}";
        var file = format == DonorReportFormat.Pdf
            ? new DonorReportFile(pdf.Write(content.Value, clock.GetUtcNow()), "application/pdf", name + ".pdf")
            : new DonorReportFile(xlsx.Write(content.Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        await audit.RecordAsync("donor-report.generated", AuditOutcome.Success, "funding-source", content.Value.FunderCode, $"{request.From:yyyy-MM-dd}/{request.To:yyyy-MM-dd} {format}");
        return file;
    }

    /// <summary>Generates both files and keeps them as the published report of that funder, period and language.</summary>
    public async Task<Result<PublishedReportView>> PublishAsync(DonorReportRequest request, CancellationToken ct = default)
    {
        var language = Languages.IsSupported(request.Language) ? request.Language : Languages.English;
        using var _ = InLanguage(language);
        if (await BudgetProgrammes.FindAsync(db, request.Programme, ct) is not { } programme) return Error.NotFound();
        var content = await composer.ComposeAsync(request, ct);
        if (!content.Succeeded) return content.Error!;
        var c = content.Value!;
        var funder = await db.FundingSources.AsNoTracking().Where(f => f.ProgrammeId == programme.Id && f.Code == c.FunderCode).Select(f => f.Id).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var title = $"{c.Programme} · {c.FunderCode} · {request.From:yyyy-MM-dd} – {request.To:yyyy-MM-dd}";
        var report = DonorReport.Publish(programme.Id, funder, request.From, request.To, language, title, pdf.Write(c, now), xlsx.Write(c), caller.UserId, now.UtcDateTime);
        db.DonorReports.Add(report);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("donor-report.published", AuditOutcome.Success, "donor-report", report.Id.ToString(), title);
        return new PublishedReportView(report.Id.Value, report.Title, c.FunderCode, report.From, report.To, report.Language, report.PublishedAt);
    }

    public async Task<IReadOnlyList<PublishedReportView>> PublishedAsync(CancellationToken ct = default) =>
        (await db.DonorReports.AsNoTracking()
            .Join(db.FundingSources, r => r.FundingSourceId, f => f.Id, (r, f) => new { r.Id, r.Title, f.Code, r.From, r.To, r.Language, r.PublishedAt })
            .ToListAsync(ct))
        .OrderByDescending(r => r.PublishedAt)
        .Select(r => new PublishedReportView(r.Id.Value, r.Title, r.Code, r.From, r.To, r.Language, r.PublishedAt)).ToList();

    public async Task<DonorReportFile?> PublishedFileAsync(Guid id, DonorReportFormat format, CancellationToken ct = default)
    {
        var report = await db.DonorReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == new DonorReportId(id), ct);
        if (report is null) return null;
        await audit.RecordAsync("donor-report.read", AuditOutcome.Success, "donor-report", report.Id.ToString(), format.ToString());
        var name = $"donor-report-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}-{report.Language}";
        return format == DonorReportFormat.Pdf
            ? new DonorReportFile(report.Pdf, "application/pdf", name + ".pdf")
            : new DonorReportFile(report.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    /// <summary>Writes the report in its own language whatever the reader's page language; restored when disposed.</summary>
    private static CultureScope InLanguage(string language) => new(Localization.CultureFor(language));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
