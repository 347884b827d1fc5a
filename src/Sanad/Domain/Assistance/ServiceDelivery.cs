using Sanad.Domain.Agencies;
using Sanad.Domain.Cases;

namespace Sanad.Domain.Assistance;

/// <summary>
/// A service a person received: which kind (a <see cref="Services.ServiceTypes"/> code), from
/// which agency, when, and how it ended. The outcome note is sealed; the rest feeds statistics.
/// </summary>
public sealed class ServiceDelivery
{
    public long Id { get; private set; }
    public Guid SealingId { get; private set; } = Guid.CreateVersion7();
    public CaseId CaseId { get; private set; }
    public string ServiceType { get; private set; } = "";
    /// <summary>The agency that gave the service, which need not be the case's owner.</summary>
    public AgencyId DeliveredBy { get; private set; }
    /// <summary>The service-directory entry, when there is one (linked to the directory when it exists).</summary>
    public Guid? ServiceId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public ServiceOutcome Outcome { get; private set; }
    public byte[]? SealedNote { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTime RecordedAt { get; private set; }

    public const string RecordType = "service-delivery";

    private ServiceDelivery() { }

    public static ServiceDelivery Record(CaseId caseId, string serviceType, AgencyId deliveredBy, Guid? serviceId,
        DateOnly startedOn, DateOnly? endedOn, ServiceOutcome outcome, Guid? by, DateTime now) => new()
    {
        CaseId = caseId,
        ServiceType = serviceType,
        DeliveredBy = deliveredBy,
        ServiceId = serviceId,
        StartedOn = startedOn,
        EndedOn = endedOn,
        Outcome = outcome,
        RecordedBy = by,
        RecordedAt = now,
    };

    public void SealNote(byte[] sealedNote) => SealedNote = sealedNote;
}

public enum ServiceOutcome
{
    Completed,
    Ongoing,
    Interrupted,
    RefusedByPerson,
}
