using SkiaSharp;
using Svg.Skia;

namespace Sanad.Web.Charts;

/// <summary>
/// Renders a chart's own SVG to PNG with Svg.Skia (HarfBuzz shapes the Arabic), at twice the
/// SVG's size for print. Text falls back to the DejaVu Sans face built into the executable, so a
/// server without fonts still draws every label, Arabic included.
/// </summary>
public static class ChartPng
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
}
