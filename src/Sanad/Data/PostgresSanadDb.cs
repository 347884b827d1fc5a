using Microsoft.EntityFrameworkCore;
using Sanad.Security;

namespace Sanad.Data;

/// <summary>The production store for a national deployment.</summary>
public sealed class PostgresSanadDb(DbContextOptions<PostgresSanadDb> options, AccessScope? scope = null) : SanadDb(options, scope)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
