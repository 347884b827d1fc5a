using System.Security.Cryptography;
using System.Text;
using Sanad.Security.Encryption;

namespace Sanad.Tests.Domain;

public sealed class SealedBoxTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Row = Encoding.UTF8.GetBytes("sanad:person:1");

    [Fact]
    public void A_sealed_value_opens_only_with_its_key_and_its_record()
    {
        var plaintext = Encoding.UTF8.GetBytes("{\"givenName\":\"Amina\"}");
        var sealedValue = SealedBox.Seal(Key, 7, plaintext, Row);
        Assert.Equal(7, SealedBox.KeyIdOf(sealedValue));
        Assert.Equal(plaintext, SealedBox.Open(Key, sealedValue, Row));
        Assert.Equal(-1, sealedValue.AsSpan().IndexOf("Amina"u8));
        Assert.ThrowsAny<CryptographicException>(() => SealedBox.Open(RandomNumberGenerator.GetBytes(32), sealedValue, Row));
        Assert.ThrowsAny<CryptographicException>(() => SealedBox.Open(Key, sealedValue, Encoding.UTF8.GetBytes("sanad:person:2")));
    }

    [Fact]
    public void Changing_any_byte_of_a_sealed_value_makes_it_fail_to_open()
    {
        var sealedValue = SealedBox.Seal(Key, 1, "secret"u8, Row);
        for (var i = 5; i < sealedValue.Length; i++)
        {
            var altered = (byte[])sealedValue.Clone();
            altered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => SealedBox.Open(Key, altered, Row));
        }
    }

    [Fact]
    public void The_same_value_sealed_twice_looks_different()
    {
        Assert.NotEqual(SealedBox.Seal(Key, 1, "Amina"u8, Row), SealedBox.Seal(Key, 1, "Amina"u8, Row));
    }
}
