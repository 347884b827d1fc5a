using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sanad.Data;

namespace Sanad.Tests.Web;

/// <summary>CI fails when the model changed and a provider's migration set was not regenerated.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers() => new("sqlite", "postgres");

    [Theory]
    [MemberData(nameof(Providers))]
    public void Both_migration_sets_match_the_model(string provider)
    {
        using SanadDb db = provider == "sqlite"
            ? new SqliteDesignTimeFactory().CreateDbContext([])
            : new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration. Run: dotnet ef migrations add <Name> --project src/Sanad --context {db.GetType().Name} --output-dir Data/Migrations/{(provider == "sqlite" ? "Sqlite" : "Postgres")}");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
