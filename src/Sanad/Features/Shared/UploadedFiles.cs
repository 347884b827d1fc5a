using Sanad.Domain;
using Sanad.Domain.Cases;

namespace Sanad.Features.Shared;

/// <summary>A file sent to be kept (a case attachment, an activity's document), read and checked once for every place that keeps files.</summary>
public static class UploadedFiles
{
    /// <summary>
    /// Reads the upload whole, refusing an empty or too large one and any type other than PDF, JPEG
    /// and PNG, recognised from the first bytes, never from the name or what the browser claims.
    /// </summary>
    public static async Task<Result<(byte[] Bytes, string ContentType)>> ReadAsync(Stream content, long length, long maxBytes, CancellationToken ct)
    {
        if (length <= 0 || length > maxBytes)
            return Error.Invalid("A file must be between 1 byte and 10 MB.") with { Field = "file" };
        using var buffer = new MemoryStream((int)length);
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (AttachmentTypes.Recognise(bytes.AsSpan(0, Math.Min(16, bytes.Length))) is not { } type)
            return Error.Invalid("Only PDF, JPEG and PNG files can be attached.") with { Field = "file" };
        return (bytes, type);
    }
}
