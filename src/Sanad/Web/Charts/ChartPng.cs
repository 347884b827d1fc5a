using SkiaSharp;
using Svg.Skia;

namespace Sanad.Web.Charts;

/// <summary>
/// Renders a chart's own SVG to PNG with Svg.Skia (HarfBuzz shapes the Arabic), at twice the
/// SVG's size for print. Text falls back to the DejaVu Sans face built into the executable, so a
/// server without fonts still draws every label, Arabic included.
/// </summary>
public static partial class ChartPng
{
    public const int Scale = 2;

    private static readonly Lazy<byte[]> DejaVu = new(() =>
    {
        using var stream = typeof(ChartPng).Assembly.GetManifestResourceStream("Sanad.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The DejaVu Sans font is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static byte[] Render(string svg)
    {
        svg = DigitsForRightToLeftRuns(svg);
        using var document = new SKSvg();
        document.Settings.TypefaceProviders?.Insert(0, new Svg.Skia.TypefaceProviders.CustomTypefaceProvider(new MemoryStream(DejaVu.Value, writable: false)));
        using var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("The chart's SVG did not render.");
        var bounds = picture.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(bounds.Width * Scale), (int)Math.Ceiling(bounds.Height * Scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(Scale);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>
    /// Svg.Skia orders the words of an Arabic text right to left but also reverses the digits of
    /// a number inside it ("من 31 إلى 90" came out "من 13 إلى 09"). The digit runs of such texts are
    /// turned round beforehand, so that its reversal puts them back. Texts without Arabic letters
    /// (the counts, the years) are drawn left to right and left alone. The SVG sent to browsers is not touched.
    /// </summary>
    internal static string DigitsForRightToLeftRuns(string svg) =>
        TextContent().Replace(svg, m => ArabicLetter().IsMatch(m.Value) ? DigitRun().Replace(m.Value, d => new string(d.Value.Reverse().ToArray())) : m.Value);

    [System.Text.RegularExpressions.GeneratedRegex("(?<=<text[^>]*>)[^<]*(?=</text>)")]
    private static partial System.Text.RegularExpressions.Regex TextContent();

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{IsArabic}")]
    private static partial System.Text.RegularExpressions.Regex ArabicLetter();

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9\u0660-\u0669](?:[0-9\u0660-\u0669.,\u066B\u066C]*[0-9\u0660-\u0669])?")]
    private static partial System.Text.RegularExpressions.Regex DigitRun();
}
