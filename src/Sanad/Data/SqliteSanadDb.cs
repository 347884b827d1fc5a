using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sanad.Security;

namespace Sanad.Data;

/// <summary>The embedded store: one file in the data directory.</summary>
public sealed class SqliteSanadDb(DbContextOptions<SqliteSanadDb> options, AccessScope? scope = null, DirectoryVersion? directory = null) : SanadDb(options, scope, directory)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite keeps no time zone; every DateTime Sanad writes is UTC, so say so when reading back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
