using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sanad.Security.Encryption;

/// <summary>
/// AES-256-GCM with a fresh 96-bit nonce per value. Layout of a sealed value:
/// version (1 byte) ‖ key id (4 bytes, big-endian) ‖ nonce (12) ‖ tag (16) ‖ ciphertext.
/// The associated data binds a value to its record and field, so a sealed value copied into
/// another row fails to open instead of showing one person's data under another's id.
/// </summary>
public static class SealedBox
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + 4 + NonceSize + TagSize;

    public static byte[] Seal(ReadOnlySpan<byte> key, int keyId, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedValue = new byte[HeaderSize + plaintext.Length];
        sealedValue[0] = Version;
        BinaryPrimitives.WriteInt32BigEndian(sealedValue.AsSpan(1, 4), keyId);
        var nonce = sealedValue.AsSpan(5, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderSize), sealedValue.AsSpan(5 + NonceSize, TagSize), associatedData);
        return sealedValue;
    }

    public static int KeyIdOf(ReadOnlySpan<byte> sealedValue)
    {
        if (sealedValue.Length < HeaderSize || sealedValue[0] != Version)
            throw new CryptographicException("Not a sealed value of a known version.");
        return BinaryPrimitives.ReadInt32BigEndian(sealedValue.Slice(1, 4));
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the value was altered, moved to another record, or sealed with another key.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        KeyIdOf(sealedValue);
        var plaintext = new byte[sealedValue.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.Slice(5, NonceSize), sealedValue[HeaderSize..], sealedValue.Slice(5 + NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }
}
