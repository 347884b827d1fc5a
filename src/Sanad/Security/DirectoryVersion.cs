namespace Sanad.Security;

/// <summary>
/// Counts saved changes to accounts, roles, tokens and agencies in this process. The in-memory
/// caches of those (token sign-ins, agency names) remember the count they were filled at and are
/// ignored once it moves, so a revocation, a disabled account or a role change is seen by the very
/// next request. Changes made by another process are seen when the cache entry ages out.
/// </summary>
public sealed class DirectoryVersion
{
    private long _version;

    public long Current => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}
