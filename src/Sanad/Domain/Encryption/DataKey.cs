namespace Sanad.Domain.Encryption;

/// <summary>
/// A data-encryption key, stored only wrapped (encrypted) under the node's master key. Sealed
/// values name the key they were sealed with, so old keys stay readable until `sanad keys rotate`
/// has re-sealed everything with the newest one and retired them.
/// </summary>
public sealed class DataKey
{
    public int Id { get; private set; }
    public DataKeyPurpose Purpose { get; private set; }
    /// <summary>nonce ‖ tag ‖ ciphertext of the 32 key bytes, sealed with the master key.</summary>
    public byte[] Wrapped { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }
    public DateTime? RetiredAt { get; private set; }

    private DataKey() { }

    public static DataKey Create(DataKeyPurpose purpose, byte[] wrapped, DateTime now) =>
        new() { Purpose = purpose, Wrapped = wrapped, CreatedAt = now };

    public void Retire(DateTime now) => RetiredAt ??= now;
}

public enum DataKeyPurpose
{
    /// <summary>Seals identifying and sensitive fields (AES-256-GCM).</summary>
    Fields,
    /// <summary>Keys the blind indexes of names (HMAC-SHA256); never used to encrypt.</summary>
    NameIndex,
}
