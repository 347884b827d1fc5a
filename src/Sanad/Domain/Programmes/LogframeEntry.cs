namespace Sanad.Domain.Programmes;

public readonly record struct LogframeEntryId(Guid Value)
{
    public static LogframeEntryId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The three levels of a logical framework, from the widest change to what the programme delivers.</summary>
public enum LogframeLevel
{
    Impact,
    Outcome,
    Output,
}

/// <summary>
/// One statement of a programme's logframe: its impact, an outcome under it, an output under an
/// outcome. Indicators hang off any of them.
/// </summary>
public sealed class LogframeEntry
{
    public LogframeEntryId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    public LogframeLevel Level { get; private set; }
    /// <summary>The entry one level up (an outcome's impact, an output's outcome); null for the impact.</summary>
    public LogframeEntryId? ParentId { get; private set; }
    /// <summary>Its number in the logframe ("1", "1.2"), unique in the programme; entries are listed in this order.</summary>
    public string Code { get; private set; } = "";
    public string Statement { get; private set; } = "";
    public int Version { get; private set; }

    private LogframeEntry() { }

    public static LogframeEntry Write(ProgrammeId programme, LogframeLevel level, LogframeEntryId? parent, string code, string statement) => new()
    {
        Id = LogframeEntryId.New(),
        ProgrammeId = programme,
        Level = level,
        ParentId = parent,
        Code = code.Trim(),
        Statement = statement.Trim(),
    };

    /// <summary>Rewords the statement or moves it under another entry of the level above; level and number stay.</summary>
    public void Revise(LogframeEntryId? parent, string statement)
    {
        ParentId = parent;
        Statement = statement.Trim();
        Version++;
    }
}
