namespace Sanad.Features.Research;

/// <summary>
/// One column of a CTDC table, stored as small integers: each distinct value is kept once and every
/// row holds its value's code. A million rows of 63 columns fit in 126 MB this way, and counting
/// combinations works on integers instead of strings.
/// </summary>
internal sealed class CtdcColumn(string name, CtdcKind kind)
{
    private readonly List<string> _values = [];
    private readonly Dictionary<string, ushort> _codes = [];
    private ushort[] _rows = new ushort[1024];

    public string Name => name;
    public CtdcKind Kind => kind;
    public int RowCount { get; private set; }

    /// <summary>The code of each row; anonymisation rewrites them in place.</summary>
    public Span<ushort> Codes => _rows.AsSpan(0, RowCount);

    public IReadOnlyList<string> Values => _values;

    public string this[int row] => _values[_rows[row]];

    /// <summary>The code of a value already seen, without allocating a string for it.</summary>
    public bool TryFind(ReadOnlySpan<char> value, out ushort code) =>
        _codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out code);

    /// <summary>The code of a value, added if new. Codes are 16-bit: a column has at most 65,536 distinct values.</summary>
    public ushort Intern(string value)
    {
        if (_codes.TryGetValue(value, out var code)) return code;
        if (_values.Count > ushort.MaxValue) throw new InvalidDataException($"Column {name} has more than {ushort.MaxValue + 1} distinct values.");
        code = (ushort)_values.Count;
        _values.Add(value);
        _codes.Add(value, code);
        return code;
    }

    public void Append(ushort code)
    {
        if (RowCount == _rows.Length) Array.Resize(ref _rows, _rows.Length * 2);
        _rows[RowCount++] = code;
    }
}

/// <summary>Records in the CTDC 63-column layout: statistical records, never people or cases.</summary>
internal sealed class CtdcTable
{
    public CtdcTable() => Columns = [.. CtdcLayout.Columns.Select(c => new CtdcColumn(c.Name, c.Kind))];

    public IReadOnlyList<CtdcColumn> Columns { get; }

    public int RowCount => Columns[0].RowCount;

    public CtdcColumn Column(string name) => Columns[CtdcLayout.IndexOf(name)];
}
