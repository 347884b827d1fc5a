using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;

namespace Sanad.Data;

/// <summary>
/// Keeps <see cref="CaseFacts"/> in step: after a save that adds or changes a case (a merge moves a
/// case to another person by changing it), or adds, changes or removes a trafficking event, an
/// identification decision or a service delivered, the rows of the cases concerned are computed
/// again from the tables, by one upsert each, in the save's own transaction (decision 0048). A
/// person's sex, year of birth and citizenship are set when she is registered and never change. Writes
/// that bypass the change tracker (bulk seeding) call <see cref="FillMissingAsync"/> afterwards.
/// </summary>
internal static class CaseFactsKeeping
{
    /// <summary>The cases whose facts a save changes, in a stable order, read before it (original values are gone after).</summary>
    public static IReadOnlyList<Guid> Pending(IEnumerable<EntityEntry> changed)
    {
        var cases = new SortedSet<Guid>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case Case c when entry.State is EntityState.Added or EntityState.Modified:
                    cases.Add(c.Id.Value);
                    break;
                case TraffickingEvent or IdentificationDecision or ServiceDelivery:
                    cases.Add(CaseOf(entry, current: entry.State != EntityState.Deleted));
                    if (entry.State == EntityState.Modified) cases.Add(CaseOf(entry, current: false));
                    break;
            }
        }
        return [.. cases];
    }

    private static Guid CaseOf(EntityEntry entry, bool current)
    {
        var property = entry.Property("CaseId");
        return ((CaseId)(current ? property.CurrentValue : property.OriginalValue)!).Value;
    }

    public static async Task ApplyAsync(SanadDb db, IReadOnlyList<Guid> cases, CancellationToken ct)
    {
        foreach (var id in cases) await db.Database.ExecuteSqlRawAsync(UpsertSql(db.Provider, OneCase), [id], ct);
    }

    public static void Apply(SanadDb db, IReadOnlyList<Guid> cases)
    {
        foreach (var id in cases) db.Database.ExecuteSqlRaw(UpsertSql(db.Provider, OneCase), id);
    }

    private const string OneCase = "c.\"Id\" = {0}";

    /// <summary>Computes the facts of every case that has none, in one statement: after bulk seeding.</summary>
    public static async Task FillMissingAsync(SanadDb db, CancellationToken ct = default)
    {
        // One statement over every new case: minutes at a million on PostgreSQL, past the 30 s a request's statement gets.
        var before = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(DatabaseSetup.BulkStatementTimeout);
        try
        {
            await db.Database.ExecuteSqlRawAsync(UpsertSql(db.Provider, "NOT EXISTS (SELECT 1 FROM case_facts AS f WHERE f.\"CaseId\" = c.\"Id\")"), ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(before);
        }
    }

    /// <summary>
    /// The facts of the cases that match <paramref name="which"/>, inserted or replaced. The age band
    /// follows <c>Dashboard.AgeBands</c>: 0–8, 9–17, 18–29, 30–47, 48+, unknown (also for a birth year after the opening).
    /// </summary>
    public static string UpsertSql(DatabaseProvider provider, string which)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        var year = postgres ? "CAST(EXTRACT(YEAR FROM c.\"OpenedAt\" AT TIME ZONE 'UTC') AS integer)" : "CAST(strftime('%Y', c.\"OpenedAt\") AS INTEGER)";
        // SQLite joins in the order of the sorted subquery; PostgreSQL is told the order.
        var countries = postgres
            ? "SELECT string_agg(DISTINCT e.\"Country\", ',' ORDER BY e.\"Country\") FROM trafficking_events AS e WHERE e.\"CaseId\" = c.\"Id\" AND e.\"Type\" = 'Exploitation' AND e.\"Country\" IS NOT NULL"
            : "SELECT group_concat(x.\"Country\", ',') FROM (SELECT DISTINCT e.\"Country\" FROM trafficking_events AS e WHERE e.\"CaseId\" = c.\"Id\" AND e.\"Type\" = 'Exploitation' AND e.\"Country\" IS NOT NULL ORDER BY e.\"Country\") AS x";
        // The days between the two first dates, computed once per row so the chart compares integers.
        var days = postgres ? "f.\"AssistedOn\" - f.\"IdentifiedOn\"" : "CAST(julianday(f.\"AssistedOn\") - julianday(f.\"IdentifiedOn\") AS INTEGER)";
        return $"""
            INSERT INTO case_facts ("CaseId", "AgencyId", "OpenedAt", "OpenedYear", "Identified", "Sex", "AgeBand", "Nationality",
                "LabourExploitation", "SexExploitation", "LabourIndustries", "MethodsOfControl", "ExploitationCountries", "IdentifiedOn", "DaysToAssistance")
            SELECT f."CaseId", f."AgencyId", f."OpenedAt", f."OpenedYear", f."Identified", f."Sex", f."AgeBand", f."Nationality",
                f."LabourExploitation", f."SexExploitation", f."LabourIndustries", f."MethodsOfControl", f."ExploitationCountries", f."IdentifiedOn", {days}
            FROM (
                SELECT c."Id" AS "CaseId", c."AgencyId" AS "AgencyId", c."OpenedAt" AS "OpenedAt", {year} AS "OpenedYear",
                    COALESCE(c."TraffickingStatus" IN ('Possible', 'Actual'), FALSE) AS "Identified", p."Sex" AS "Sex",
                    CASE WHEN p."YearOfBirth" IS NULL OR {year} < p."YearOfBirth" THEN 5
                         WHEN {year} - p."YearOfBirth" <= 8 THEN 0
                         WHEN {year} - p."YearOfBirth" <= 17 THEN 1
                         WHEN {year} - p."YearOfBirth" <= 29 THEN 2
                         WHEN {year} - p."YearOfBirth" <= 47 THEN 3
                         ELSE 4 END AS "AgeBand",
                    p."Nationality" AS "Nationality", c."LabourExploitation" AS "LabourExploitation", c."SexExploitation" AS "SexExploitation",
                    c."LabourIndustries" AS "LabourIndustries", c."MethodsOfControl" AS "MethodsOfControl",
                    COALESCE(({countries}), '') AS "ExploitationCountries",
                    (SELECT MIN(d."DecidedOn") FROM identification_decisions AS d WHERE d."CaseId" = c."Id" AND d."Outcome" <> 'NotAVictim') AS "IdentifiedOn",
                    (SELECT MIN(s."StartedOn") FROM services_delivered AS s WHERE s."CaseId" = c."Id") AS "AssistedOn"
                FROM cases AS c
                JOIN people AS p ON p."Id" = c."PersonId"
                WHERE {which}) AS f
            WHERE TRUE
            ON CONFLICT ("CaseId") DO UPDATE SET "AgencyId" = excluded."AgencyId", "OpenedAt" = excluded."OpenedAt",
                "OpenedYear" = excluded."OpenedYear", "Identified" = excluded."Identified", "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand",
                "Nationality" = excluded."Nationality", "LabourExploitation" = excluded."LabourExploitation", "SexExploitation" = excluded."SexExploitation",
                "LabourIndustries" = excluded."LabourIndustries", "MethodsOfControl" = excluded."MethodsOfControl",
                "ExploitationCountries" = excluded."ExploitationCountries", "IdentifiedOn" = excluded."IdentifiedOn", "DaysToAssistance" = excluded."DaysToAssistance"
            """;
    }
}
