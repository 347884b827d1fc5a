using System.Globalization;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Accounts;
using Sanad.Resources;
using Sanad.Web;
using Sanad.Web.Printing;

namespace Sanad.Features.Exports;

/// <summary>A printed document and the name it is downloaded under.</summary>
public sealed record PrintedFile(PrintedDocument Document, string FileName);

/// <summary>
/// Gathers the sections of one sheet in the reader's language: a row only for a value that exists,
/// a section only when it has rows, and every list cut at <see cref="MaxItems"/> with a line
/// saying how many were left out, so a case with years of history still prints in a moment.
/// </summary>
public sealed class SheetWriter(IStringLocalizer<SharedResource> t)
{
    public const int MaxItems = 100;
    private readonly List<PrintedSection> _sections = [];

    public static bool RightToLeft => Localization.CurrentLanguage == Languages.Arabic;

    public void Section(string heading, IEnumerable<PrintedRow?> rows)
    {
        var kept = rows.OfType<PrintedRow>().ToList();
        if (kept.Count > 0) _sections.Add(new PrintedSection(heading, kept));
    }

    /// <summary>A section of one entry per item, cut at <see cref="MaxItems"/> items.</summary>
    public void Entries<T>(string heading, IReadOnlyList<T> items, Func<T, IEnumerable<PrintedRow?>> entry)
    {
        var rows = items.Take(MaxItems).SelectMany(entry).ToList();
        if (items.Count > MaxItems)
            rows.Add(new PrintedRow(null, t["{0} more not printed: open the case in Sanad to see them.", items.Count - MaxItems].Value));
        Section(heading, rows);
    }

    public PrintedDocument Finish(string title, string agencyName, DateTimeOffset now) =>
        new(title, RightToLeft, _sections.ToList(), t["Confidential — prepared for {0} on {1}", agencyName, Date(now.UtcDateTime)].Value);

    /// <summary>A row, or nothing when there is no value to print.</summary>
    public static PrintedRow? Row(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : new PrintedRow(label, value);

    public static string Date(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly on) => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? on) => on is { } day ? Date(day) : null;

    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>Codes shown through their translated labels (key prefix + code), joined.</summary>
    public string Labels(string prefix, IEnumerable<string> codes) => string.Join(", ", codes.Select(c => t[prefix + c].Value));
}
