using PdfSharp.Fonts;

namespace Sanad.Web.Printing;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces built into the executable: a node prints the same file on
/// any server, with no system font to install, in Latin and Arabic script alike.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Sanad Sans";
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>PDFsharp holds one resolver per process and refuses a second: register once, whoever prints first.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            GlobalFontSettings.FontResolver = new EmbeddedFonts();
            _registered = true;
        }
    }

    /// <summary>
    /// One face, bold simulated: DejaVu Sans Bold lacks some Arabic presentation forms (medial baa,
    /// taa, qaf), and a heading with holes in a name is worse than a drawn-thicker one.
    /// </summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == Family ? new FontResolverInfo("DejaVuSans", bold, italic) : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Sanad.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
