using Microsoft.EntityFrameworkCore;
using Sanad.Security;

namespace Sanad.Data;

/// <summary>The production store for a national deployment.</summary>
public sealed class PostgresSanadDb(DbContextOptions<PostgresSanadDb> options, AccessScope? scope = null, DirectoryVersion? directory = null) : SanadDb(options, scope, directory)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
