using System.Text;
using System.Text.Json;

namespace Sanad.Security.Encryption;

/// <summary>
/// Seals a record's identifying data as one JSON document with the active field key, and opens it
/// again. The record's type and id are the associated data: a sealed value only opens on its own row.
/// </summary>
public sealed class FieldSealer(KeyRing keys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<byte[]> SealAsync<T>(T value, string recordType, Guid recordId, CancellationToken ct = default)
    {
        var (id, key) = await keys.ActiveFieldKeyAsync(ct);
        return SealedBox.Seal(key, id, JsonSerializer.SerializeToUtf8Bytes(value, Json), Context(recordType, recordId));
    }

    public async ValueTask<T> OpenAsync<T>(byte[] sealedValue, string recordType, Guid recordId, CancellationToken ct = default)
    {
        var key = await keys.FieldKeyAsync(SealedBox.KeyIdOf(sealedValue), ct);
        var plaintext = SealedBox.Open(key, sealedValue, Context(recordType, recordId));
        return JsonSerializer.Deserialize<T>(plaintext, Json) ?? throw new InvalidDataException($"Empty sealed {recordType}.");
    }

    public static int KeyIdOf(byte[] sealedValue) => SealedBox.KeyIdOf(sealedValue);

    private static byte[] Context(string recordType, Guid recordId) => Encoding.UTF8.GetBytes($"sanad:{recordType}:{recordId:N}");
}
