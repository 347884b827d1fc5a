using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sanad.Domain.Agencies;
using Sanad.Domain.Referrals;

namespace Sanad.Data;

/// <summary>
/// Keeps <see cref="ReferralDayCount"/> in step with the referrals: each save that adds a referral,
/// changes its state or removes it moves the counts by the same amount, by atomic upserts in the
/// save's own transaction (decision 0044). Writes that bypass the change tracker (bulk seeding,
/// ExecuteUpdate) must call <see cref="RebuildAsync"/> afterwards.
/// </summary>
internal static class ReferralDayCounting
{
    public readonly record struct Key(DateOnly Day, AgencyId From, AgencyId To, ReferralState State);

    /// <summary>The changes a save is about to make, read before it (original values are gone after).</summary>
    public static IReadOnlyList<(Key Key, int Delta)> Pending(IEnumerable<EntityEntry> changed)
    {
        var deltas = new Dictionary<Key, int>();
        void Move(Key key, int by) => deltas[key] = deltas.GetValueOrDefault(key) + by;
        foreach (var entry in changed.Where(e => e.Entity is Referral))
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    Move(KeyOf(entry, current: true), +1);
                    break;
                case EntityState.Deleted:
                    Move(KeyOf(entry, current: false), -1);
                    break;
                case EntityState.Modified when !KeyOf(entry, current: false).Equals(KeyOf(entry, current: true)):
                    Move(KeyOf(entry, current: false), -1);
                    Move(KeyOf(entry, current: true), +1);
                    break;
            }
        }
        // A stable order, so two saves touching the same rows lock them in the same order.
        return deltas.Where(d => d.Value != 0).OrderBy(d => d.Key.Day).ThenBy(d => d.Key.From.Value).ThenBy(d => d.Key.To.Value)
            .ThenBy(d => d.Key.State).Select(d => (d.Key, d.Value)).ToList();
    }

    private static Key KeyOf(EntityEntry entry, bool current)
    {
        T Value<T>(string property) => (T)(current ? entry.Property(property).CurrentValue : entry.Property(property).OriginalValue)!;
        return new Key(DateOnly.FromDateTime(Value<DateTime>(nameof(Referral.SentAt))), Value<AgencyId>(nameof(Referral.FromAgencyId)),
            Value<AgencyId>(nameof(Referral.ToAgencyId)), Value<ReferralState>(nameof(Referral.State)));
    }

    /// <summary>Adds each delta to its row (created at the delta if missing) in one statement each: concurrent saves cannot lose one.</summary>
    public static async Task ApplyAsync(SanadDb db, IReadOnlyList<(Key Key, int Delta)> deltas, CancellationToken ct)
    {
        foreach (var (key, delta) in deltas)
            await db.Database.ExecuteSqlAsync(Upsert(key, delta), ct);
    }

    public static void Apply(SanadDb db, IReadOnlyList<(Key Key, int Delta)> deltas)
    {
        foreach (var (key, delta) in deltas)
            db.Database.ExecuteSql(Upsert(key, delta));
    }

    private static FormattableString Upsert(Key key, int delta) => $"""
        INSERT INTO referral_day_counts ("Day", "FromAgencyId", "ToAgencyId", "State", "Count")
        VALUES ({key.Day}, {key.From.Value}, {key.To.Value}, {key.State.ToString()}, {delta})
        ON CONFLICT ("Day", "FromAgencyId", "ToAgencyId", "State") DO UPDATE SET "Count" = referral_day_counts."Count" + excluded."Count"
        """;

    /// <summary>Recounts every day from the referrals table, in one statement: after bulk writes, and by the migration that adds the table.</summary>
    public static async Task RebuildAsync(SanadDb db, CancellationToken ct = default)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlRawAsync("DELETE FROM referral_day_counts", ct);
        await db.Database.ExecuteSqlRawAsync(RebuildSql(db.Provider), ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    public static string RebuildSql(DatabaseProvider provider) => $"""
        INSERT INTO referral_day_counts ("Day", "FromAgencyId", "ToAgencyId", "State", "Count")
        SELECT {(provider == DatabaseProvider.Postgres ? "(\"SentAt\" AT TIME ZONE 'UTC')::date" : "date(\"SentAt\")")}, "FromAgencyId", "ToAgencyId", "State", COUNT(*)
        FROM referrals GROUP BY 1, 2, 3, 4
        """;
}
