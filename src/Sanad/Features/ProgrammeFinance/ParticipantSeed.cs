using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain.Programmes;
using Sanad.Features.Programme;
using Sanad.Features.Seeding;
using Sanad.Security.Encryption;

namespace Sanad.Features.ProgrammeFinance;

/// <summary>
/// Invented trainees for benchmarks, part of <see cref="BudgetSeed"/>: N participants in a few
/// dozen organisations of the five countries, each enrolled in one of the programme's trainings
/// (round the trainings), present at its first session and mostly at its second, with pre- and
/// post-test scores (one in ten without a post-test). Identities are sealed and keyed as
/// <see cref="Participants"/> does, then written by the bulk path in batches, one transaction each.
/// </summary>
public sealed class ParticipantSeed(SanadDb db, FieldSealer sealer, Participants participants, TimeProvider clock)
{
    private const int Batch = 5_000;
    private const int OrganisationsPerCountry = 8;
    private static readonly string[] Countries = ["IQ", "JO", "SA", "KW", "LB"];

    public async Task<int> WriteAsync(ProgrammeId programme, int count, Action<int> progress, CancellationToken ct = default)
    {
        if (count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var trainings = await db.ProgrammeActivities.AsNoTracking()
            .Where(a => a.ProgrammeId == programme && a.Kind == ActivityKind.Training).OrderBy(a => a.StartsOn).ThenBy(a => a.Id).ToListAsync(ct);
        if (trainings.Count == 0) return 0;
        var types = Enum.GetValues<OrganisationType>();
        var organisations = Countries.SelectMany(c => Enumerable.Range(1, OrganisationsPerCountry)
            .Select(i => ProgrammeOrganisation.Register($"Bench organisation {c}-{i}", types[i % types.Length], c, now))).ToList();
        // Two sessions per training: the first and the last day.
        var sessions = trainings.ToDictionary(t => t.Id, t => (First: ActivitySession.Hold(t.Id, t.StartsOn, "Identification and referral", "Bench trainers"),
            Last: ActivitySession.Hold(t.Id, t.EndsOn, "Case studies and post-test", "Bench trainers")));
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await using (var bulk = BulkInsert.For(db))
            {
                await bulk.InsertAsync(organisations, ct);
                await bulk.InsertAsync(sessions.Values.SelectMany(s => new[] { s.First, s.Last }).ToList(), ct);
            }
            await tx.CommitAsync(ct);
        }

        await sealer.SealAsync(new ParticipantIdentity("", null, null, null), Participant.RecordType, Guid.Empty, ct);
        var written = 0;
        while (written < count)
        {
            var size = Math.Min(Batch, count - written);
            var people = new Participant[size];
            var enrolments = new List<Enrolment>(size);
            var attendance = new List<SessionAttendance>(size * 2);
            var identities = new ParticipantIdentity[size];
            for (var j = 0; j < size; j++)
            {
                var n = written + j;
                var organisation = organisations[n % organisations.Count];
                var person = Participant.Register(organisation.Id, Participant.Sexes[n % 5 == 4 ? 2 : n % 2], organisation.Country, n % 3 != 0, n % 3 != 0 ? DateOnly.FromDateTime(now) : null, now);
                identities[j] = new ParticipantIdentity($"Participant {n + 1}", "Officer", $"participant{n + 1}@bench.sanad.local", null);
                var (emailKey, nameKey) = await participants.KeysOfAsync(identities[j].Name, identities[j].Email, organisation.Id.Value, ct);
                person.Seal([], emailKey, nameKey);
                people[j] = person;
                var training = trainings[n % trainings.Count];
                var enrolment = Enrolment.Of(training.Id, person.Id);
                var pre = 20m + n % 50;
                enrolment.Score(pre, n % 10 == 9 ? null : Math.Min(100m, pre + n % 41 - 5));
                enrolments.Add(enrolment);
                attendance.Add(SessionAttendance.Of(sessions[training.Id].First.Id, person.Id));
                if (n % 7 != 6) attendance.Add(SessionAttendance.Of(sessions[training.Id].Last.Id, person.Id));
            }
            await Parallel.ForAsync(0, size, ct, async (j, token) =>
            {
                var sealedIdentity = await sealer.SealAsync(identities[j], Participant.RecordType, people[j].Id.Value, token);
                people[j].Reseal(sealedIdentity);
            });
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await using (var bulk = BulkInsert.For(db))
                {
                    await bulk.InsertAsync(people, ct);
                    await bulk.InsertAsync(enrolments, ct);
                    await bulk.InsertAsync(attendance, ct);
                }
                await tx.CommitAsync(ct);
            }
            written += size;
            progress(written);
        }
        return written;
    }
}
