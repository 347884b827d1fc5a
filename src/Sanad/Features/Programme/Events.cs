using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Programmes;
using Sanad.Security;
using Sanad.Security.Encryption;
using Sanad.Web;

namespace Sanad.Features.Programme;

public sealed class SessionInput : IValidatableObject
{
    [Display(Name = "Date")]
    public DateOnly HeldOn { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(300, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Topic")]
    public string Topic { get; set; } = "";

    [StringLength(500, ErrorMessage = "The {0} field must be at most {1} characters.")]
    [Display(Name = "Trainers or speakers")]
    public string? Trainers { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (HeldOn == default) yield return new(context.Translate("Give the day of the session."), [nameof(HeldOn)]);
    }
}

/// <summary>Who took part in an activity: enrolment and the test scores of a training (percent, 0–100; empty when not taken).</summary>
public sealed class ScoreInput
{
    public Guid ParticipantId { get; set; }
    public decimal? PreTestScore { get; set; }
    public decimal? PostTestScore { get; set; }
}

/// <summary>The people present at one session; anyone not listed was absent.</summary>
public sealed class AttendanceInput
{
    public List<Guid> Present { get; set; } = [];
}

/// <summary>One enrolled participant as staff see it on an activity: name opened, scores, sessions attended.</summary>
public sealed record EnrolledView(Guid ParticipantId, string Name, string Sex, string OrganisationName, string OrganisationType, string Country,
    decimal? PreTestScore, decimal? PostTestScore, IReadOnlyList<Guid> SessionsPresent);

/// <summary>
/// Events of an activity (sessions), enrolment, attendance per session and test scores, and the
/// knowledge gain computed from them. Sessions are programme data readers see; who attended is staff-only.
/// </summary>
public sealed class Events(SanadDb db, AccessScope caller, FieldSealer sealer, AuditTrail audit)
{
    public async Task<Result<SessionView>> AddSessionAsync(ActivityId id, SessionInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var activity = await db.ProgrammeActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Error.NotFound();
        if (input.HeldOn < activity.StartsOn || input.HeldOn > activity.EndsOn)
            return Error.Invalid("A session must fall within the activity, from {0} to {1}.", activity.StartsOn, activity.EndsOn) with { Field = "heldOn" };
        var session = ActivitySession.Hold(id, input.HeldOn, input.Topic, input.Trainers);
        db.ActivitySessions.Add(session);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.session-added", AuditOutcome.Success, "programme-activity", id.ToString(), session.Id.ToString());
        return new SessionView(session.Id.Value, session.HeldOn, session.Topic, session.Trainers, 0);
    }

    public async Task<Result<IReadOnlyList<EnrolledView>>> EnrolledAsync(ActivityId id, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        if (!await db.ProgrammeActivities.AnyAsync(a => a.Id == id, ct)) return Error.NotFound();
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.ActivityId == id)
            .Join(db.Participants, e => e.ParticipantId, p => p.Id, (e, p) => new { e, p })
            .Join(db.ProgrammeOrganisations, x => x.p.OrganisationId, o => o.Id, (x, o) => new { x.e, x.p, o }).ToListAsync(ct);
        var sessions = db.ActivitySessions.Where(s => s.ActivityId == id).Select(s => s.Id);
        var attendance = (await db.SessionAttendance.AsNoTracking().Where(a => sessions.Contains(a.SessionId)).ToListAsync(ct))
            .ToLookup(a => a.ParticipantId, a => a.SessionId.Value);
        var views = new List<EnrolledView>(rows.Count);
        foreach (var r in rows)
        {
            var identity = await sealer.OpenAsync<ParticipantIdentity>(r.p.SealedIdentity, Participant.RecordType, r.p.Id.Value, ct);
            views.Add(new EnrolledView(r.p.Id.Value, identity.Name, r.p.Sex, r.o.Name, Domain.Cases.Codes.Of(r.o.Type), r.p.Country,
                r.e.PreTestScore, r.e.PostTestScore, attendance[r.p.Id].ToList()));
        }
        await audit.RecordAsync("programme.participants-read", AuditOutcome.Success, "programme-activity", id.ToString(), $"count:{views.Count}");
        return views.OrderBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Enrols participants (those already enrolled are left as they are).</summary>
    public async Task<Result<int>> EnrolAsync(ActivityId id, IReadOnlyCollection<Guid> participants, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        if (!await db.ProgrammeActivities.AnyAsync(a => a.Id == id, ct)) return Error.NotFound();
        var wanted = participants.Distinct().Select(p => new ParticipantId(p)).ToList();
        if (await db.Participants.CountAsync(p => wanted.Contains(p.Id), ct) != wanted.Count)
            return Error.Invalid("A participant is not in the directory.") with { Field = "participants" };
        var already = await db.Enrolments.Where(e => e.ActivityId == id).Select(e => e.ParticipantId).ToListAsync(ct);
        var added = wanted.Except(already).ToList();
        db.Enrolments.AddRange(added.Select(p => Enrolment.Of(id, p)));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.enrolled", AuditOutcome.Success, "programme-activity", id.ToString(), $"count:{added.Count}");
        return added.Count;
    }

    /// <summary>Records pre- and post-test scores; every participant must be enrolled, every score within 0–100. All or nothing.</summary>
    public async Task<Result<int>> ScoreAsync(ActivityId id, IReadOnlyList<ScoreInput> scores, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        var activity = await db.ProgrammeActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Error.NotFound();
        if (activity.Kind != ActivityKind.Training) return Error.Invalid("Test scores are kept for trainings only.");
        if (scores.Any(s => s.PreTestScore is < 0 or > 100 || s.PostTestScore is < 0 or > 100))
            return Error.Invalid("Scores are percentages, from 0 to 100.") with { Field = "scores" };
        var enrolments = await db.Enrolments.Where(e => e.ActivityId == id).ToDictionaryAsync(e => e.ParticipantId, ct);
        foreach (var s in scores)
        {
            if (!enrolments.TryGetValue(new ParticipantId(s.ParticipantId), out var enrolment))
                return Error.Invalid("Enrol the participant in the training before recording their scores.") with { Field = "scores" };
            enrolment.Score(s.PreTestScore, s.PostTestScore);
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.scores-recorded", AuditOutcome.Success, "programme-activity", id.ToString(), $"count:{scores.Count}");
        return scores.Count;
    }

    /// <summary>Sets who was present at a session: the list given replaces the one kept. Only enrolled participants can be present.</summary>
    public async Task<Result<int>> RecordAttendanceAsync(ActivityId id, SessionId session, AttendanceInput input, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Only programme staff change the programme.");
        if (!await db.ActivitySessions.AnyAsync(s => s.Id == session && s.ActivityId == id, ct)) return Error.NotFound();
        var present = input.Present.Distinct().Select(p => new ParticipantId(p)).ToList();
        if (await db.Enrolments.CountAsync(e => e.ActivityId == id && present.Contains(e.ParticipantId), ct) != present.Count)
            return Error.Invalid("Only participants enrolled in the activity can be marked present.") with { Field = "present" };
        db.SessionAttendance.RemoveRange(await db.SessionAttendance.Where(a => a.SessionId == session).ToListAsync(ct));
        db.SessionAttendance.AddRange(present.Select(p => SessionAttendance.Of(session, p)));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("programme.attendance-recorded", AuditOutcome.Success, "programme-activity", id.ToString(), $"{session};present:{present.Count}");
        return present.Count;
    }

    /// <summary>Knowledge gain of a training from the scores recorded (staff only: small groups would show a person's score).</summary>
    public async Task<Result<KnowledgeGain>> KnowledgeGainAsync(ActivityId id, CancellationToken ct = default)
    {
        if (!caller.IsStaff()) return Error.Forbidden("Participants are visible to programme staff only.");
        if (!await db.ProgrammeActivities.AnyAsync(a => a.Id == id, ct)) return Error.NotFound();
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.ActivityId == id)
            .Join(db.Participants, e => e.ParticipantId, p => p.Id, (e, p) => new { e.PreTestScore, e.PostTestScore, p.Sex, p.OrganisationId })
            .Join(db.ProgrammeOrganisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.PreTestScore, x.PostTestScore, x.Sex, o.Type })
            .ToListAsync(ct);
        var tested = rows.Where(r => r.PreTestScore is not null && r.PostTestScore is not null)
            .Select(r => new TestResult(r.PreTestScore!.Value, r.PostTestScore!.Value, r.Sex, r.Type)).ToList();
        return KnowledgeGain.Of(tested, rows.Count);
    }
}
