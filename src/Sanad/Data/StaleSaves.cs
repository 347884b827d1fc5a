using Microsoft.EntityFrameworkCore;

namespace Sanad.Data;

public static class StaleSaves
{
    /// <summary>
    /// Saves, or returns false when a record was changed by someone else since it was read (its
    /// version no longer matches): the caller answers with its own "reload and try again" message.
    /// </summary>
    public static async Task<bool> SavedUnlessStaleAsync(this SanadDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
