using System.Text;

namespace Sanad.Features.Research;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, then renamed over the target.
/// A failure half way, or a stop, leaves at most a stray temporary file, never a half-written release.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] content) =>
        Replace(path, temporary => File.WriteAllBytes(temporary, content));

    public static void Write(string path, Action<TextWriter> write) => Replace(path, temporary =>
    {
        using var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        write(writer);
    });

    private static void Replace(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, inner quotes doubled.</summary>
internal static class CsvField
{
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
