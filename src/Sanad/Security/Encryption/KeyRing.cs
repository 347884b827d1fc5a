using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Encryption;

namespace Sanad.Security.Encryption;

/// <summary>
/// The node's data keys, unwrapped with the master key when first needed and kept in memory.
/// Keys are created when the database is migrated (one process at a time), never on a request,
/// so two servers can never start two different name-index keys.
/// </summary>
public sealed class KeyRing(MasterKey master, IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly byte[] WrapContext = Encoding.UTF8.GetBytes("sanad:data-key");
    private static readonly TimeSpan ActiveKeyRecheck = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<int, byte[]> _unwrapped = new();
    private (int Id, DateTimeOffset CheckedAt)? _activeFieldKey;
    private byte[]? _nameIndexKey;

    /// <summary>Creates the first field key and the name-index key if the database has none. Run by migration.</summary>
    public static async Task EnsureKeysAsync(SanadDb db, MasterKey master, DateTime now, CancellationToken ct = default)
    {
        foreach (var purpose in Enum.GetValues<DataKeyPurpose>())
        {
            if (!await db.DataKeys.AnyAsync(k => k.Purpose == purpose && k.RetiredAt == null, ct))
                db.DataKeys.Add(DataKey.Create(purpose, Wrap(master, RandomNumberGenerator.GetBytes(32)), now));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The newest field key: new values are sealed with it.</summary>
    public async ValueTask<(int Id, byte[] Key)> ActiveFieldKeyAsync(CancellationToken ct = default)
    {
        if (_activeFieldKey is not { } active || clock.GetUtcNow() - active.CheckedAt > ActiveKeyRecheck)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
            var id = await db.DataKeys.AsNoTracking()
                .Where(k => k.Purpose == DataKeyPurpose.Fields && k.RetiredAt == null)
                .OrderByDescending(k => k.Id).Select(k => (int?)k.Id).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException("No field-encryption key: run `sanad migrate`.");
            active = (id, clock.GetUtcNow());
            _activeFieldKey = active;
        }
        return (active.Id, await FieldKeyAsync(active.Id, ct));
    }

    /// <summary>The key a sealed value names, retired or not: old values stay readable.</summary>
    public async ValueTask<byte[]> FieldKeyAsync(int id, CancellationToken ct = default)
    {
        if (_unwrapped.TryGetValue(id, out var key)) return key;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        var wrapped = await db.DataKeys.AsNoTracking().Where(k => k.Id == id && k.Purpose == DataKeyPurpose.Fields)
            .Select(k => k.Wrapped).SingleOrDefaultAsync(ct)
            ?? throw new CryptographicException($"Field key {id} is not in this database.");
        return _unwrapped[id] = Unwrap(master, wrapped);
    }

    public async ValueTask<byte[]> NameIndexKeyAsync(CancellationToken ct = default)
    {
        if (_nameIndexKey is { } cached) return cached;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanadDb>();
        var wrapped = await db.DataKeys.AsNoTracking().Where(k => k.Purpose == DataKeyPurpose.NameIndex && k.RetiredAt == null)
            .OrderBy(k => k.Id).Select(k => k.Wrapped).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("No name-index key: run `sanad migrate`.");
        return _nameIndexKey = Unwrap(master, wrapped);
    }

    /// <summary>Forget the active key, so the next seal uses the newest one (after a rotation in this process).</summary>
    public void Refresh() => _activeFieldKey = null;

    internal static byte[] Wrap(MasterKey master, byte[] key) => SealedBox.Seal(master.Bytes, 0, key, WrapContext);

    internal static byte[] Unwrap(MasterKey master, byte[] wrapped)
    {
        try
        {
            return SealedBox.Open(master.Bytes, wrapped, WrapContext);
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException("A data key cannot be unwrapped: this is not the master key the data was written with (check SANAD_MASTER_KEY or keys/master.key).", e);
        }
    }
}
