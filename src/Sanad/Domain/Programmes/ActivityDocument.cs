namespace Sanad.Domain.Programmes;

/// <summary>
/// A file kept with an activity: an agenda, an attendance sheet, a report. Attendance sheets carry
/// names, so the content and the file name are sealed like case attachments; type and size stay in clear.
/// </summary>
public sealed class ActivityDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string RecordType = "programme-document";

    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public ActivityId ActivityId { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] SealedName { get; private set; } = [];
    public byte[] SealedContent { get; private set; } = [];
    public Guid? AddedBy { get; private set; }
    public DateTime AddedAt { get; private set; }

    private ActivityDocument() { }

    public static ActivityDocument Add(ActivityId activity, string contentType, long size, Guid? by, DateTime now) =>
        new() { ActivityId = activity, ContentType = contentType, Size = size, AddedBy = by, AddedAt = now };

    public void Seal(byte[] sealedName, byte[] sealedContent)
    {
        SealedName = sealedName;
        SealedContent = sealedContent;
    }
}
