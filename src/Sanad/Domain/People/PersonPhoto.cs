namespace Sanad.Domain.People;

/// <summary>
/// A person's photo: identifying data like her name, so its content is sealed and only the checked
/// type and the size stay in clear. One per person; a new one replaces the old. Kept apart from
/// the identity record so that reading a name never loads an image.
/// </summary>
public sealed class PersonPhoto
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string RecordType = "person-photo";

    public long Id { get; private set; }
    public PersonId PersonId { get; private set; }
    /// <summary>Bound into the sealed content: a new one for every photo, so an old sealed copy cannot be put back in its place.</summary>
    public Guid SealingId { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] SealedContent { get; private set; } = [];
    public Guid? AddedBy { get; private set; }
    public DateTime AddedAt { get; private set; }

    private PersonPhoto() { }

    public static PersonPhoto For(PersonId person) => new() { PersonId = person };

    /// <summary>Takes a new picture; <paramref name="seal"/> seals the content under the sealing id it is given.</summary>
    public async Task ReplaceAsync(string contentType, byte[] content, Func<byte[], Guid, Task<byte[]>> seal, Guid? by, DateTime now)
    {
        SealingId = Guid.CreateVersion7();
        ContentType = contentType;
        Size = content.Length;
        SealedContent = await seal(content, SealingId);
        AddedBy = by;
        AddedAt = now;
    }

    public void Reseal(byte[] sealedContent) => SealedContent = sealedContent;
}

/// <summary>The image types a photo may be, recognised by their first bytes.</summary>
public static class PhotoTypes
{
    public static string? Recognise(ReadOnlySpan<byte> head)
    {
        var type = Cases.AttachmentTypes.Recognise(head);
        return type is "image/jpeg" or "image/png" ? type : null;
    }
}
