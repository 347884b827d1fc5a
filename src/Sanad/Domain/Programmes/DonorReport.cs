namespace Sanad.Domain.Programmes;

public readonly record struct DonorReportId(Guid Value)
{
    public static DonorReportId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// A donor report the programme role published: the PDF and the XLSX exactly as they were generated
/// for a funder and a period, in one language. Viewers read these frozen copies, never the live books,
/// so what a donor was sent stays what it was sent.
/// </summary>
public sealed class DonorReport
{
    public DonorReportId Id { get; private set; }
    public ProgrammeId ProgrammeId { get; private set; }
    public FundingSourceId FundingSourceId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Language { get; private set; } = "";
    public string Title { get; private set; } = "";
    public byte[] Pdf { get; private set; } = [];
    public byte[] Xlsx { get; private set; } = [];
    public DateTime PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }

    private DonorReport() { }

    public static DonorReport Publish(ProgrammeId programme, FundingSourceId funder, DateOnly from, DateOnly to, string language, string title,
        byte[] pdf, byte[] xlsx, Guid? by, DateTime now) => new()
    {
        Id = DonorReportId.New(),
        ProgrammeId = programme,
        FundingSourceId = funder,
        From = from,
        To = to,
        Language = language,
        Title = title,
        Pdf = pdf,
        Xlsx = xlsx,
        PublishedAt = now,
        PublishedBy = by,
    };
}
