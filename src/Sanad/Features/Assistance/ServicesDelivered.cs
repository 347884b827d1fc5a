using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Security;
using Sanad.Security.Encryption;

namespace Sanad.Features.Assistance;

/// <summary>A service given; the note is null for a caller who does not see the case's sensitive tier.</summary>
public sealed record ServiceDeliveredView(long Id, string ServiceType, Guid AgencyId, string AgencyCode, Guid? ServiceId,
    DateOnly StartedOn, DateOnly? EndedOn, string Outcome, string? Note, Guid? RecordedBy, DateTime RecordedAt);

/// <summary>What a person received, from which agency, and how it ended.</summary>
public sealed class ServicesDelivered(SanadDb db, CaseGate gate, FieldSealer sealer, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ServiceDeliveredView>>> ListAsync(CaseId id, CancellationToken ct = default)
    {
        var owner = await gate.VisibleAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var rows = await db.ServicesDelivered.AsNoTracking().Where(s => s.CaseId == id)
            .Join(db.Agencies, s => s.DeliveredBy, a => a.Id, (s, a) => new { Service = s, a.Code })
            .OrderByDescending(r => r.Service.StartedOn).ThenByDescending(r => r.Service.Id).ToListAsync(ct);
        var opens = gate.SeesTexts(owner.Value);
        var views = new List<ServiceDeliveredView>(rows.Count);
        foreach (var (s, code) in rows.Select(r => (r.Service, r.Code)))
        {
            var note = opens && s.SealedNote is { } sealedNote ? await sealer.OpenAsync<string>(sealedNote, ServiceDelivery.RecordType, s.SealingId, ct) : null;
            views.Add(new ServiceDeliveredView(s.Id, s.ServiceType, s.DeliveredBy.Value, code, s.ServiceId, s.StartedOn, s.EndedOn, Codes.Of(s.Outcome), note, s.RecordedBy, s.RecordedAt));
        }
        await audit.RecordAsync("assistance.services-read", AuditOutcome.Success, "case", id.ToString());
        return views;
    }

    public async Task<Result<long>> RecordAsync(CaseId id, ServiceDeliveredInput input, CancellationToken ct = default)
    {
        var owner = await gate.WritableAsync(id, ct);
        if (!owner.Succeeded) return owner.Error!;
        var agency = input.AgencyId is { } given ? new AgencyId(given) : caller.AgencyId!.Value;
        if (!await db.Agencies.AnyAsync(a => a.Id == agency && a.IsActive, ct))
            return Error.Invalid("Unknown agency.") with { Field = "agencyId" };
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var started = IsoDate.Parse(input.StartedOn)!.Value;
        var ended = IsoDate.Parse(input.EndedOn);
        if (started > today) return Error.Invalid("A service cannot start in the future.") with { Field = "startedOn" };
        if (ended > today) return Error.Invalid("Record the end of a service once it has ended.") with { Field = "endedOn" };
        Codes.TryParse<ServiceOutcome>(input.Outcome, out var outcome);
        var service = ServiceDelivery.Record(id, input.ServiceType, agency, input.ServiceId, started, ended, outcome, caller.UserId, clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(input.Note))
            service.SealNote(await sealer.SealAsync(input.Note.Trim(), ServiceDelivery.RecordType, service.SealingId, ct));
        db.ServicesDelivered.Add(service);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("assistance.service-recorded", AuditOutcome.Success, "case", id.ToString(), $"{service.ServiceType};{Codes.Of(outcome)}");
        return service.Id;
    }
}
