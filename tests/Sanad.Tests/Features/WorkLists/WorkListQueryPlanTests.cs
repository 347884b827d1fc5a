using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.WorkLists;

/// <summary>
/// The work list and overview queries, as the node sent them, explained by SQLite: none reads a
/// whole table of cases, referrals, follow-ups, plans or closures (the bench measures the same
/// queries on a million cases; a full scan there is what this catches early).
/// </summary>
public sealed partial class WorkListQueryPlanTests(WorkListQueryPlanTests.CommandLoggingApp app) : IClassFixture<WorkListQueryPlanTests.CommandLoggingApp>
{
    /// <summary>The node with EF Core's command log on (off by default), so the test reads the SQL it sent.</summary>
    public sealed class CommandLoggingApp : SanadApp
    {
        protected override IDictionary<string, string?> Overrides =>
            new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information" };
    }

    [GeneratedRegex(@"commandText=(?<sql>.*?) \{OriginalFormat\}=", RegexOptions.Singleline)]
    private static partial Regex CommandText();

    [GeneratedRegex(@"^SCAN (?<table>\w+)$")]
    private static partial Regex FullScan();

    private static readonly string[] WatchedTables = ["referrals", "referral_day_counts", "cases", "follow_ups", "assistance_plans", "case_closures", "reflection_periods", "residence_documents"];

    [Fact]
    public async Task Every_work_list_and_overview_query_reads_through_an_index()
    {
        if (app.Provider != DatabaseProvider.Sqlite) return;
        await WorkListWorld.OfAsync(app);
        var before = app.Logs.Lines.Count;
        await (await app.ApiAsync(Roles.Supervisor)).GetStringAsync("/api/v1/worklist");
        await (await app.ApiAsync(Roles.Coordinator)).GetStringAsync("/api/v1/overview?days=365");
        var queries = app.Logs.Lines.Skip(before).Where(l => l.Contains("Executed DbCommand"))
            .Select(l => CommandText().Match(l)).Where(m => m.Success).Select(m => m.Groups["sql"].Value)
            .Where(sql => sql.TrimStart().StartsWith("SELECT") && WatchedTables.Any(t => sql.Contains($"\"{t}\""))).Distinct().ToList();
        Assert.True(queries.Count >= 8, $"only {queries.Count} queries seen");

        var used = new List<string>();
        foreach (var sql in queries)
        {
            var plan = await app.ScopedAsync(async sp =>
            {
                var connection = sp.GetRequiredService<SanadDb>().Database.GetDbConnection();
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + sql;
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
                return lines;
            });
            var aliases = Regex.Matches(sql, "FROM \"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"|JOIN \"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")
                .Where(m => WatchedTables.Contains(m.Groups["table"].Value)).Select(m => m.Groups["alias"].Value).ToHashSet();
            var scanned = plan.Select(p => FullScan().Match(p.Trim())).Where(m => m.Success && aliases.Contains(m.Groups["table"].Value)).ToList();
            Assert.True(scanned.Count == 0, $"full scan in:\n{sql}\nplan:\n{string.Join('\n', plan)}");
            used.AddRange(plan);
            // The overview counts from the period's day counts, and reads only the sent referrals past due (decision 0044).
            if (sql.Contains("\"referral_day_counts\""))
                Assert.Contains(plan, p => p.StartsWith("SEARCH") && p.Contains("(Day>?)"));
        }
        // Each list starts from the index meant for it (decision 0028).
        foreach (var index in new[]
                 {
                     "IX_cases_AgencyId_AssignedWorkerId_Status_UpdatedAt (AgencyId=? AND AssignedWorkerId=?", "IX_referrals_ToAgencyId_State_SentAt (ToAgencyId=? AND State=?)",
                     "IX_referrals_FromAgencyId_State_SentAt (FromAgencyId=? AND State=?)", "IX_follow_ups_open_by_worker (AssignedTo=?",
                     "IX_assistance_plans_AgencyId_State_SubmittedAt (AgencyId=? AND State=?)", "SCAN c USING INDEX IX_case_closures_waiting",
                     "IX_referrals_State_AnswerDueAt (State=?",
                 })
            Assert.Contains(used, p => p.Contains(index));
    }
}
