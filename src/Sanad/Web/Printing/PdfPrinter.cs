using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Sanad.Web.Printing;

/// <summary>
/// Lays a <see cref="PrintedDocument"/> out on A4 pages: title, sections with a heading, label and
/// value rows wrapped to the width, page numbers and the footer on every page; right-to-left
/// documents are mirrored (labels on the right, text aligned right, Arabic shaped).
/// </summary>
public static class PdfPrinter
{
    private const double Margin = 50, LabelWidth = 150, Gap = 12, Line = 1.35;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static byte[] Print(PrintedDocument document)
    {
        EmbeddedFonts.Register();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Sanad";
        var layout = new PageLayout(pdf, document);
        layout.Paragraph(document.Title, layout.TitleFont, 0, layout.ContentWidth);
        layout.Space(8);
        foreach (var section in document.Sections)
        {
            layout.Space(10);
            layout.Paragraph(section.Heading, layout.HeadingFont, 0, layout.ContentWidth);
            layout.Space(4);
            foreach (var row in section.Rows) layout.Row(row);
            if (section.Chart is { } chart) layout.Chart(chart);
        }
        layout.Finish();
        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    private sealed class PageLayout(PdfDocument pdf, PrintedDocument document)
    {
        public readonly XFont TitleFont = new(EmbeddedFonts.Family, 16, XFontStyleEx.Bold, Unicode);
        public readonly XFont HeadingFont = new(EmbeddedFonts.Family, 12, XFontStyleEx.Bold, Unicode);
        private readonly XFont _body = new(EmbeddedFonts.Family, 10, XFontStyleEx.Regular, Unicode);
        private readonly XFont _label = new(EmbeddedFonts.Family, 10, XFontStyleEx.Bold, Unicode);
        private readonly XFont _small = new(EmbeddedFonts.Family, 8, XFontStyleEx.Regular, Unicode);
        private readonly List<XGraphics> _pages = [];
        private XGraphics? _page;
        private double _y;

        public double ContentWidth => XUnit.FromMillimeter(210).Point - 2 * Margin;
        private double Bottom => XUnit.FromMillimeter(297).Point - Margin - 20;

        public void Space(double points) => _y += points;

        public void Row(PrintedRow row)
        {
            if (row.Label is null) { Paragraph(row.Value, _body, 0, ContentWidth); return; }
            var top = _y;
            var labelLines = Wrap(row.Label, _label, LabelWidth);
            var valueLines = Wrap(row.Value, _body, ContentWidth - LabelWidth - Gap);
            EnsureRoom(Math.Max(labelLines.Count, valueLines.Count) * Height(_body));
            if (_y < top) top = _y;
            Lines(labelLines, _label, 0, LabelWidth);
            var afterLabel = _y;
            _y = top;
            Lines(valueLines, _body, LabelWidth + Gap, ContentWidth - LabelWidth - Gap);
            _y = Math.Max(_y, afterLabel) + 3;
        }

        private static readonly XBrush[] SeriesBrushes = [new XSolidBrush(XColor.FromArgb(0x9e, 0xc5, 0xfe)), new XSolidBrush(XColor.FromArgb(0x0d, 0x6e, 0xfd))];

        /// <summary>Bars grow from the reading start: to the right in English and French, to the left in Arabic.</summary>
        public void Chart(PrintedChart chart)
        {
            const double barHeight = 7, barGap = 2, groupGap = 6, legendBox = 8;
            var max = chart.Groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
            if (max <= 0) return;
            var barsWidth = ContentWidth - LabelWidth - Gap - 90;
            Space(4);
            EnsureRoom(Height(_small));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var page = Page();
                var offset = s * 140.0;
                var x = document.RightToLeft ? Margin + ContentWidth - offset - legendBox : Margin + offset;
                page.DrawRectangle(SeriesBrushes[s % SeriesBrushes.Length], x, _y + 1, legendBox, legendBox);
                var text = ArabicShaping.Visual(chart.Series[s], document.RightToLeft);
                var textX = document.RightToLeft ? x - 4 - page.MeasureString(text, _small).Width : x + legendBox + 4;
                page.DrawString(text, _small, XBrushes.Black, textX, _y + _small.Size);
            }
            _y += Height(_small) + 4;
            foreach (var group in chart.Groups)
            {
                var height = group.Values.Count * (barHeight + barGap) + groupGap;
                EnsureRoom(height);
                var top = _y;
                var label = Wrap(group.Label, _small, LabelWidth);
                Lines(label.Take(2).ToList(), _small, 0, LabelWidth);
                var page = Page();
                for (var v = 0; v < group.Values.Count; v++)
                {
                    var width = (double)(group.Values[v] / max) * barsWidth;
                    var y = top + v * (barHeight + barGap);
                    var start = LabelWidth + Gap;
                    var x = document.RightToLeft ? Margin + ContentWidth - start - width : Margin + start;
                    if (width > 0) page.DrawRectangle(SeriesBrushes[v % SeriesBrushes.Length], x, y, width, barHeight);
                }
                var caption = ArabicShaping.Visual(group.Caption, document.RightToLeft);
                var captionWidth = page.MeasureString(caption, _small).Width;
                var captionX = document.RightToLeft ? Margin : Margin + ContentWidth - captionWidth;
                page.DrawString(caption, _small, XBrushes.DimGray, captionX, top + _small.Size);
                _y = Math.Max(_y, top + height);
            }
        }

        public void Paragraph(string text, XFont font, double offset, double width)
        {
            var lines = Wrap(text, font, width);
            Lines(lines, font, offset, width);
        }

        /// <summary>Draws lines at an offset from the reading start (the left edge, or the right one in Arabic).</summary>
        private void Lines(IReadOnlyList<string> lines, XFont font, double offset, double width)
        {
            foreach (var line in lines)
            {
                EnsureRoom(Height(font));
                var page = Page();
                var visual = ArabicShaping.Visual(line, document.RightToLeft);
                var x = document.RightToLeft
                    ? Margin + ContentWidth - offset - page.MeasureString(visual, font).Width
                    : Margin + offset;
                page.DrawString(visual, font, XBrushes.Black, x, _y + font.Size);
                _y += Height(font);
            }
        }

        /// <summary>Greedy word wrap on the logical text, measuring each line as it will be drawn.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            {
                var current = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = current.Length == 0 ? word : current + " " + word;
                    if (current.Length > 0 && Page().MeasureString(ArabicShaping.Visual(candidate, document.RightToLeft), font).Width > width)
                    {
                        lines.Add(current);
                        current = word;
                    }
                    else current = candidate;
                }
                lines.Add(current);
            }
            return lines;
        }

        private static double Height(XFont font) => font.Size * Line;

        private void EnsureRoom(double height)
        {
            if (_page is not null && _y + height <= Bottom) return;
            var sheet = pdf.AddPage();
            sheet.Size = PdfSharp.PageSize.A4;
            _page = XGraphics.FromPdfPage(sheet);
            _pages.Add(_page);
            _y = Margin;
        }

        private XGraphics Page()
        {
            if (_page is null) EnsureRoom(0);
            return _page!;
        }

        /// <summary>Footer and "page n of m" on every page, once the number of pages is known.</summary>
        public void Finish()
        {
            Page();
            for (var i = 0; i < _pages.Count; i++)
            {
                var footer = ArabicShaping.Visual($"{document.Footer} · {i + 1}/{_pages.Count}", document.RightToLeft);
                var page = _pages[i];
                var width = page.MeasureString(footer, _small).Width;
                var x = document.RightToLeft ? Margin + ContentWidth - width : Margin;
                page.DrawString(footer, _small, XBrushes.DimGray, x, XUnit.FromMillimeter(297).Point - Margin + 5);
                page.Dispose();
            }
        }
    }
}
