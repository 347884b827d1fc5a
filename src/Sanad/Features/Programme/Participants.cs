using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Programmes;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Programme;

public sealed record ParticipantView(Guid Id, string Name, string? Position, string? Email, string? Phone, string Sex,
    Guid OrganisationId, string OrganisationName, string OrganisationType, string Country, bool ConsentsToContact, DateOnly? ConsentRecordedOn, int Version);

/// <summary>An event a participant took part in: the activity, and the sessions they were present at.</summary>
public sealed record ParticipationView(Guid ActivityId, string Kind, string Title, DateOnly StartsOn, int SessionsPresent, int Sessions, decimal? PreTestScore, decimal? PostTestScore);

public sealed class ParticipantInput : IValidatableObject
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Full name")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Role or position")]
    public string? Position { get; set; }

    [EmailAddress(ErrorMessage = "The {0} field is not a valid email address.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Sex")]
    public string Sex { get; set; } = "";

    [Display(Name = "Organisation")]
    public Guid OrganisationId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";

    public bool ConsentsToContact { get; set; }

    [Display(Name = "Consent recorded on")]
    public DateOnly? ConsentRecordedOn { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Participant.Sexes.Contains(Sex))
            yield return new(context.Translate("Sex is female, male or other."), [nameof(Sex)]);
        if (!ActivityInput.IsCountryCode(Country))
            yield return new(context.Translate("Give the country as a two-letter ISO 3166 code, such as JO or BE."), [nameof(Country)]);
        if (OrganisationId == Guid.Empty)
            yield return new(context.Translate("Choose the participant's organisation."), [nameof(OrganisationId)]);
        if (ConsentsToContact && ConsentRecordedOn is null)
            yield return new(context.Translate("Give the day the participant agreed to be contacted."), [nameof(ConsentRecordedOn)]);
    }

    public ParticipantIdentity Identity() => new(Name.Trim(), Blank(Position), Blank(Email), Blank(Phone));
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// Participants: programme staff only (the policy and <see cref="ProgrammeRoles.IsStaff"/>). Identity is
/// sealed; every read of it and every change is audited. Duplicates are warned about, not refused:
/// two officials may share a name.
/// </summary>
public sealed class Participants(SanadDb db, AccessScope caller, FieldSealer sealer, KeyRing keys, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ParticipantView>>> ListAsync(Guid? organisation = null, string? search = null, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        var query = db.Participants.AsNoTracking();
        if (organisation is { } o) query = query.Where(p => p.OrganisationId == new OrganisationId(o));
        var rows = await query.OrderBy(p => p.Id).Take(5000).ToListAsync(ct);
        var views = await ViewsAsync(rows, ct);
        if (!string.IsNullOrWhiteSpace(search))
            views = views.Where(v => v.Name.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();
        await audit.RecordAsync("programme.participants-read", AuditOutcome.Success, "programme-participant", null, $"count:{views.Count}");
        return views.OrderBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<ParticipantView>> OneAsync(ParticipantId id, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        var p = await db.Participants.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Error.NotFound();
        await audit.RecordAsync("programme.participant-read", AuditOutcome.Success, "programme-participant", id.ToString());
        return (await ViewsAsync([p], ct))[0];
    }

    /// <summary>The activities a participant took part in, with their attendance and scores.</summary>
    public async Task<Result<IReadOnlyList<ParticipationView>>> ParticipationAsync(ParticipantId id, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        if (!await db.Participants.AnyAsync(p => p.Id == id, ct)) return Error.NotFound();
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.ParticipantId == id)
            .Join(db.ProgrammeActivities, e => e.ActivityId, a => a.Id, (e, a) => new
            {
                a.Id, a.Kind, a.Title, a.StartsOn, e.PreTestScore, e.PostTestScore,
                Sessions = db.ActivitySessions.Count(s => s.ActivityId == a.Id),
                Present = db.SessionAttendance.Count(x => x.ParticipantId == id && db.ActivitySessions.Any(s => s.Id == x.SessionId && s.ActivityId == a.Id)),
            }).ToListAsync(ct);
        return rows.OrderBy(r => r.StartsOn)
            .Select(r => new ParticipationView(r.Id.Value, Domain.Cases.Codes.Of(r.Kind), r.Title, r.StartsOn, r.Present, r.Sessions, r.PreTestScore, r.PostTestScore)).ToList();
    }

    /// <summary>Registers one participant; returns it with the duplicates it may be of.</summary>
    public async Task<Result<ParticipantView>> RegisterAsync(ParticipantInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        if (!await db.ProgrammeOrganisations.AnyAsync(o => o.Id == new OrganisationId(input.OrganisationId), ct))
            return Error.Invalid("The organisation is not in the directory.") with { Field = "organisationId" };
        var participant = await NewAsync(input, ct);
        db.Participants.Add(participant);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.participant-added", AuditOutcome.Success, "programme-participant", participant.Id.ToString());
        return (await ViewsAsync([participant], ct))[0];
    }

    /// <summary>A participant built and sealed but not saved: the import adds many in one transaction.</summary>
    internal async Task<Participant> NewAsync(ParticipantInput input, CancellationToken ct)
    {
        var participant = Participant.Register(new OrganisationId(input.OrganisationId), input.Sex, input.Country, input.ConsentsToContact,
            input.ConsentsToContact ? input.ConsentRecordedOn : null, clock.GetUtcNow().UtcDateTime);
        await SealAsync(participant, input, ct);
        return participant;
    }

    public async Task<Result<ParticipantView>> ChangeAsync(ParticipantId id, ParticipantInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (participant is null) return Error.NotFound();
        if (participant.Version != input.Version) return Activities.Stale();
        if (!await db.ProgrammeOrganisations.AnyAsync(o => o.Id == new OrganisationId(input.OrganisationId), ct))
            return Error.Invalid("The organisation is not in the directory.") with { Field = "organisationId" };
        participant.Change(new OrganisationId(input.OrganisationId), input.Sex, input.Country, input.ConsentsToContact,
            input.ConsentsToContact ? input.ConsentRecordedOn : null, clock.GetUtcNow().UtcDateTime);
        await SealAsync(participant, input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Activities.Stale();
        }
        await audit.RecordAsync("programme.participant-changed", AuditOutcome.Success, "programme-participant", id.ToString());
        return (await ViewsAsync([participant], ct))[0];
    }

    /// <summary>Keys to look for duplicates of: the e-mail's, and the name + organisation's.</summary>
    public async Task<(string? EmailKey, string NameKey)> KeysOfAsync(string name, string? email, Guid organisation, CancellationToken ct)
    {
        var key = await keys.NameIndexKeyAsync(ct);
        string Hash(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
        var normalName = string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (string.IsNullOrWhiteSpace(email) ? null : Hash("participant-email:" + email.Trim().ToLowerInvariant()),
            Hash($"participant-name:{normalName}|{organisation:N}"));
    }

    /// <summary>Ids of participants already registered with this e-mail, or this name in this organisation.</summary>
    public async Task<IReadOnlyList<Guid>> DuplicatesOfAsync(string? emailKey, string nameKey, ParticipantId? except, CancellationToken ct) =>
        await db.Participants.AsNoTracking()
            .Where(p => (emailKey != null && p.EmailKey == emailKey || p.NameKey == nameKey) && (except == null || p.Id != except))
            .Select(p => p.Id.Value).ToListAsync(ct);

    private async Task SealAsync(Participant participant, ParticipantInput input, CancellationToken ct)
    {
        var (emailKey, nameKey) = await KeysOfAsync(input.Name, input.Email, input.OrganisationId, ct);
        participant.Seal(await sealer.SealAsync(input.Identity(), Participant.RecordType, participant.Id.Value, ct), emailKey, nameKey);
    }

    private async Task<List<ParticipantView>> ViewsAsync(IReadOnlyList<Participant> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var organisations = await db.ProgrammeOrganisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var views = new List<ParticipantView>(rows.Count);
        foreach (var p in rows)
        {
            var identity = await sealer.OpenAsync<ParticipantIdentity>(p.SealedIdentity, Participant.RecordType, p.Id.Value, ct);
            var o = organisations[p.OrganisationId];
            views.Add(new ParticipantView(p.Id.Value, identity.Name, identity.Position, identity.Email, identity.Phone, p.Sex,
                o.Id.Value, o.Name, Domain.Cases.Codes.Of(o.Type), p.Country, p.ConsentsToContact, p.ConsentRecordedOn, p.Version));
        }
        return views;
    }
}
