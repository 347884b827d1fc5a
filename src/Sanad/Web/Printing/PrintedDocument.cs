namespace Sanad.Web.Printing;

/// <summary>
/// What a printed sheet says, already translated and already limited to what its reader may see:
/// the renderer only lays it out. Kept this plain so every export (referral sheet, case file)
/// decides its content in one place and the layout in another.
/// </summary>
public sealed record PrintedDocument(string Title, bool RightToLeft, IReadOnlyList<PrintedSection> Sections, string Footer);

public sealed record PrintedSection(string Heading, IReadOnlyList<PrintedRow> Rows);

/// <summary>A label and its value; a row without a label is a paragraph.</summary>
public sealed record PrintedRow(string? Label, string Value);
