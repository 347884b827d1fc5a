using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Domain.Agencies;
using Sanad.Security;

namespace Sanad.Tests.Web;

/// <summary>
/// The agency wall that later capabilities get by implementing <see cref="IAgencyOwned"/>: proven
/// here on a record type of the test's own, over a real SQLite database, through the real SanadDb model.
/// </summary>
public sealed class AgencyScopeTests : IDisposable
{
    public sealed class Note : IAgencyOwned
    {
        public Guid Id { get; set; } = Guid.CreateVersion7();
        public AgencyId AgencyId { get; set; }
        public string Text { get; set; } = "";
    }

    private sealed class NotesDb(DbContextOptions options, AccessScope scope) : SanadDb(options, scope)
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Note>().ToTable("notes");
            base.OnModelCreating(builder);
        }
    }

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly AgencyId _shelter = AgencyId.New();
    private readonly AgencyId _police = AgencyId.New();

    public AgencyScopeTests()
    {
        _connection.Open();
        using var db = Db(AccessScope.System);
        db.Database.EnsureCreated();
        db.Agencies.AddRange(
            Agency.Create("SHELTER", new("Shelter", "", ""), AgencyKind.Shelter, "JO", DateTime.UtcNow),
            Agency.Create("POLICE", new("Police", "", ""), AgencyKind.Police, "JO", DateTime.UtcNow));
        db.Set<Note>().AddRange(new Note { AgencyId = _shelter, Text = "shelter" }, new Note { AgencyId = _police, Text = "police" });
        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();

    private NotesDb Db(AccessScope scope) =>
        new(new DbContextOptionsBuilder<NotesDb>().UseSqlite(_connection).Options, scope);

    private static AccessScope Caller(AgencyId? agency, params string[] roles)
    {
        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        claims.Add(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
        if (agency is { } a) claims.Add(new Claim(SanadClaims.Agency, a.ToString()));
        return AccessScope.For(new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimTypes.Name, ClaimTypes.Role)));
    }

    [Fact]
    public void A_caseworker_sees_only_their_agencys_records()
    {
        using var db = Db(Caller(_shelter, Roles.Caseworker));
        Assert.Equal(["shelter"], db.Set<Note>().Select(n => n.Text).ToList());
        // Looking a record of another agency up by its id finds nothing: the caller gets a 404.
        var policeNote = Db(AccessScope.System).Set<Note>().Single(n => n.Text == "police").Id;
        Assert.Null(db.Set<Note>().SingleOrDefault(n => n.Id == policeNote));
    }

    [Fact]
    public void The_coordinator_and_the_system_see_every_agency()
    {
        using var coordinator = Db(Caller(_shelter, Roles.Coordinator));
        Assert.Equal(2, coordinator.Set<Note>().Count());
        using var system = Db(AccessScope.System);
        Assert.Equal(2, system.Set<Note>().Count());
    }

    [Fact]
    public void A_caller_without_an_agency_sees_nothing()
    {
        using var anonymous = Db(AccessScope.For(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Empty(anonymous.Set<Note>().ToList());
        using var admin = Db(Caller(null, Roles.Admin));
        Assert.Empty(admin.Set<Note>().ToList());
    }

    [Fact]
    public void The_resource_check_agrees_with_the_filter()
    {
        Assert.True(Caller(_shelter, Roles.Supervisor).CanSee(_shelter));
        Assert.False(Caller(_shelter, Roles.Supervisor).CanSee(_police));
        Assert.True(Caller(_shelter, Roles.Coordinator).CanSee(_police));
    }
}
