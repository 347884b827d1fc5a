using Microsoft.Data.Sqlite;

namespace Sanad.Bench.Foundation;

/// <summary>How much data the node held while it was measured: the same code is slower on a bigger database.</summary>
internal sealed record DataSize(long Users, long Agencies, long AuditEntries, long AccessTokens)
{
    public static DataSize Read(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "sanad.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return (long)command.ExecuteScalar()!;
        }
        return new DataSize(Count("users"), Count("agencies"), Count("audit_entries"), Count("personal_access_tokens"));
    }
}
