using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sanad.Features.Seeding;

/// <summary>One column as EF Core maps it: its name, its store type, and how to read its provider value off an entity.</summary>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, IProperty Property)
{
    /// <summary>The value EF Core would send for this entity, through the same value converter (ids, enums as strings).</summary>
    public object? ValueOf(object entity)
    {
        var value = Property.GetGetter().GetClrValue(entity);
        if (value is null) return null;
        return Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}

/// <summary>
/// A table's columns read from the EF Core model rather than written out again: a bulk insert
/// then stores exactly what SaveChanges would, and follows the model when a column is added.
/// Store-generated keys (identity columns) are left to the database.
/// </summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public static BulkTable Of<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => new BulkColumn(p.GetColumnName(table)!, (RelationalTypeMapping)p.GetTypeMapping(), p))
            .ToList();
        return new BulkTable(entity.GetTableName()!, columns);
    }

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}
