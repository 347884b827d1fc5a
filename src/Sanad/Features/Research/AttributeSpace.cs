using System.Runtime.InteropServices;

namespace Sanad.Features.Research;

/// <summary>
/// The attributes of the chosen columns, numbered: an attribute is a <c>column:value</c> pair, and
/// the values 0, empty and -99 are not attributes (they say "no" or "unknown"). Numbers follow
/// column order, so a sorted list of numbers is a combination in column order.
/// </summary>
internal sealed class AttributeSpace
{
    private readonly CtdcTable _table;
    private readonly int[] _offset;
    private readonly int[] _columnOf;
    private readonly bool[] _isAttribute;

    public AttributeSpace(CtdcTable table, IReadOnlyList<int> columns)
    {
        _table = table;
        Columns = [.. columns.Order()];
        _offset = new int[Columns.Length];
        var next = 1; // 0 marks an empty slot in a packed combination
        for (var i = 0; i < Columns.Length; i++)
        {
            _offset[i] = next;
            next += table.Columns[Columns[i]].Values.Count;
        }
        Count = next;
        _columnOf = new int[next];
        _isAttribute = new bool[next];
        for (var i = 0; i < Columns.Length; i++)
        {
            var values = table.Columns[Columns[i]].Values;
            for (var code = 0; code < values.Count; code++)
            {
                _columnOf[_offset[i] + code] = i;
                _isAttribute[_offset[i] + code] = values[code] is not ("0" or "" or CtdcCodes.Missing);
            }
        }
    }

    /// <summary>The default columns of <c>sanad research aggregates</c>: all but the <c>*Concatenated</c> ones, which repeat the flags as text.</summary>
    public static int[] DefaultColumns() =>
        [.. Enumerable.Range(0, CtdcLayout.Count).Where(i => !CtdcLayout.Columns[i].Name.EndsWith("Concatenated", StringComparison.Ordinal))];

    public int[] Columns { get; }

    /// <summary>Attribute numbers run from 1 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>Bits one attribute number takes in a packed combination.</summary>
    public int Bits => 32 - int.LeadingZeroCount(Count - 1);

    /// <summary>Which chosen column (0-based, in column order) an attribute belongs to.</summary>
    public int ColumnOf(int attribute) => _columnOf[attribute];

    public string Label(int attribute)
    {
        var column = _table.Columns[Columns[_columnOf[attribute]]];
        return column.Name + ":" + column.Values[attribute - _offset[_columnOf[attribute]]];
    }

    /// <summary>The attributes a record holds, in column order.</summary>
    public int Attributes(int row, Span<int> into)
    {
        var n = 0;
        for (var i = 0; i < Columns.Length; i++)
        {
            var attribute = _offset[i] + _table.Columns[Columns[i]].Codes[row];
            if (_isAttribute[attribute]) into[n++] = attribute;
        }
        return n;
    }

    /// <summary>
    /// Records with the same values in the chosen columns, counted once with their multiplicity:
    /// CTDC data repeats rows a lot, and every combination count is then done per distinct row.
    /// </summary>
    public (int[] Rows, int[] Multiplicity) DistinctRows()
    {
        var codes = Columns.Select(c => _table.Columns[c]).ToArray();
        var seen = new Dictionary<int, int>(new RowComparer(codes));
        var rows = new List<int>();
        var multiplicity = new List<int>();
        for (var r = 0; r < _table.RowCount; r++)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, r, out var exists);
            if (!exists)
            {
                index = rows.Count;
                rows.Add(r);
                multiplicity.Add(0);
            }
            multiplicity[index]++;
        }
        return ([.. rows], [.. multiplicity]);
    }

    /// <summary>Compares two row numbers by their codes in the chosen columns.</summary>
    private sealed class RowComparer(CtdcColumn[] columns) : IEqualityComparer<int>
    {
        public bool Equals(int a, int b)
        {
            foreach (var column in columns)
            {
                var codes = column.Codes;
                if (codes[a] != codes[b]) return false;
            }
            return true;
        }

        public int GetHashCode(int row)
        {
            var hash = new HashCode();
            foreach (var column in columns) hash.Add(column.Codes[row]);
            return hash.ToHashCode();
        }
    }
}
