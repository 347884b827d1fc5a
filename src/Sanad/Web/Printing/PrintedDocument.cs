namespace Sanad.Web.Printing;

/// <summary>
/// What a printed sheet says, already translated and already limited to what its reader may see:
/// the renderer only lays it out. Kept this plain so every export (referral sheet, case file)
/// decides its content in one place and the layout in another.
/// </summary>
public sealed record PrintedDocument(string Title, bool RightToLeft, IReadOnlyList<PrintedSection> Sections, string Footer);

public sealed record PrintedSection(string Heading, IReadOnlyList<PrintedRow> Rows, PrintedChart? Chart = null);

/// <summary>
/// A horizontal bar chart drawn under a section's rows: one group per label, one bar per series
/// (budget and spent, target and actual), scaled to the largest value; the legend names the series.
/// </summary>
public sealed record PrintedChart(IReadOnlyList<string> Series, IReadOnlyList<PrintedBarGroup> Groups);

public sealed record PrintedBarGroup(string Label, IReadOnlyList<decimal> Values, string Caption);

/// <summary>A label and its value; a row without a label is a paragraph.</summary>
public sealed record PrintedRow(string? Label, string Value);
