using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sanad.Domain.Accounts;
using Sanad.Domain.Audit;

namespace Sanad.Bench.Micro;

/// <summary>
/// The hashing on every audited action and every API request: what the audit chain costs on top of
/// the SHA-256 it cannot avoid, and the token lookup hash. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class AuditHashingBenchmarks
{
    private static readonly DateTime Now = new(2026, 11, 29, 9, 30, 15, 123, DateTimeKind.Utc);

    // A typical entry: ids only, as the audit trail holds them.
    private readonly AuditEvent _event = new(
        "user.roles-changed", AuditOutcome.Success,
        ActorUserId: Guid.CreateVersion7(), ActorAgencyId: Guid.CreateVersion7(),
        TargetType: "user", TargetId: Guid.CreateVersion7().ToString(),
        ClientAddress: "203.0.113.27", Detail: "caseworker");

    private readonly string _previousHash = Convert.ToHexStringLower(SHA256.HashData("previous"u8));
    private AuditEntry _entry = null!;
    private byte[] _sameLength = [];
    private string _tokenSecret = "";

    [GlobalSetup]
    public void Setup()
    {
        _entry = AuditEntry.Chain(_event, 123_456, _previousHash, Now);
        _sameLength = new byte[HashedText(_entry).Length];
        RandomNumberGenerator.Fill(_sameLength);
        _tokenSecret = PersonalAccessToken.Issue(Guid.CreateVersion7(), "bench", 30, Now).Secret;
    }

    [Benchmark(Baseline = true, Description = "SHA256.HashData(sameLength)")]
    public byte[] PlainSha256() => SHA256.HashData(_sameLength);

    [Benchmark(Description = "AuditEntry.ComputeHash()")]
    public string ComputeHash() => _entry.ComputeHash();

    [Benchmark(Description = "AuditEntry.Chain(...)")]
    public AuditEntry Chain() => AuditEntry.Chain(_event, 123_457, _previousHash, Now);

    [Benchmark(Description = "PersonalAccessToken.HashOf(secret)")]
    public string TokenHashOf() => PersonalAccessToken.HashOf(_tokenSecret);

    /// <summary>The text ComputeHash hashes, rebuilt here only to know its length in UTF-8 bytes.</summary>
    private static byte[] HashedText(AuditEntry e) => Encoding.UTF8.GetBytes(string.Join('\u001f',
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
        e.ActorUserId?.ToString() ?? "",
        e.ActorAgencyId?.ToString() ?? "",
        e.Action,
        e.TargetType ?? "",
        e.TargetId ?? "",
        e.ClientAddress ?? "",
        e.Outcome.ToString(),
        e.Detail ?? "",
        e.PreviousHash));
}
