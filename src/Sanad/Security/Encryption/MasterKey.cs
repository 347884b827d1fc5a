using System.Security.Cryptography;

namespace Sanad.Security.Encryption;

/// <summary>
/// The node's key-encryption key: 32 bytes from <c>SANAD_MASTER_KEY</c> (base64; best for
/// production, where it comes from a secret store) or else from <c>keys/master.key</c> in the data
/// directory, created on first use with owner-only permissions. It never enters the database, so a
/// copy of the database alone reveals no name.
/// </summary>
public sealed class MasterKey
{
    public const string EnvironmentVariable = "SANAD_MASTER_KEY";
    public const int Length = 32;

    public byte[] Bytes { get; }
    public string Source { get; }

    private MasterKey(byte[] bytes, string source)
    {
        Bytes = bytes;
        Source = source;
    }

    public static MasterKey Load(string dataDirectory, string? fromEnvironment)
    {
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var bytes = Convert.FromBase64String(fromEnvironment.Trim());
            if (bytes.Length != Length)
                throw new InvalidOperationException($"{EnvironmentVariable} must be {Length} bytes in base64 (got {bytes.Length}).");
            return new MasterKey(bytes, "environment");
        }
        var folder = Path.Combine(dataDirectory, "keys");
        var file = Path.Combine(folder, "master.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            var fresh = RandomNumberGenerator.GetBytes(Length);
            // Write to a temporary file first so a crash never leaves a half-written key behind.
            var temporary = file + ".new";
            File.WriteAllText(temporary, Convert.ToBase64String(fresh));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(temporary, file);
        }
        var stored = Convert.FromBase64String(File.ReadAllText(file).Trim());
        if (stored.Length != Length)
            throw new InvalidOperationException($"{file} does not hold a {Length}-byte key.");
        return new MasterKey(stored, file);
    }
}
