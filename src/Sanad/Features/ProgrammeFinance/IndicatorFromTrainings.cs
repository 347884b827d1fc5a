using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// Officials trained (ADR 0043): distinct participants enrolled in a training completed in the period
/// (ended in it) who were present at one of its sessions at least. A post-test score alone does not
/// count: a score can be typed in for someone who never came, attendance is what staff record on the
/// day. Disaggregated by the participant's sex (parameter <c>female</c>, <c>male</c>, <c>other</c>, or
/// <c>all</c>) and country (the indicator's country, matched against the participant's, not the
/// training's: an Iraqi official trained in Amman counts for Iraq). Someone trained twice counts once.
/// Counts of 1 to 4 are suppressed like every count of people.
/// </summary>
public sealed class IndicatorFromTrainings(SanadDb db) : IIndicatorSource
{
    public const string All = "all";

    public string Code => "officials-trained";

    public IReadOnlyList<string> Parameters { get; } = [All, .. Participant.Sexes];

    public async Task<IndicatorMeasure> MeasureAsync(IndicatorQuery q, CancellationToken ct)
    {
        var trainings = db.ProgrammeActivities.AsNoTracking()
            .Where(a => a.ProgrammeId == q.Programme && a.Kind == ActivityKind.Training && a.Status == ActivityStatus.Completed && a.EndsOn >= q.From && a.EndsOn <= q.To)
            .Select(a => a.Id);
        var present = db.SessionAttendance.AsNoTracking()
            .Join(db.ActivitySessions.AsNoTracking(), at => at.SessionId, s => s.Id, (at, s) => new { at.ParticipantId, s.ActivityId })
            .Where(x => trainings.Contains(x.ActivityId));
        var enrolled = db.Enrolments.AsNoTracking()
            .Where(e => trainings.Contains(e.ActivityId) && present.Any(x => x.ActivityId == e.ActivityId && x.ParticipantId == e.ParticipantId))
            .Select(e => e.ParticipantId);
        var people = db.Participants.AsNoTracking().Where(p => enrolled.Contains(p.Id));
        if (q.Parameter is { } sex && sex != All) people = people.Where(p => p.Sex == sex);
        if (q.Country is { } country) people = people.Where(p => p.Country == country);
        return IndicatorMeasure.OfPeople(await people.CountAsync(ct));
    }
}
