using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sanad.Data;
using Sanad.Domain;
using Sanad.Domain.Audit;
using Sanad.Domain.Cases;
using Sanad.Domain.People;
using Sanad.Security;

namespace Sanad.Features.People;

public sealed class MergeInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Duplicate record")]
    public Guid? DuplicateId { get; set; }
}

/// <summary>
/// A supervisor (or the coordinator) folds a duplicate record into the one that carries on: the
/// duplicate's cases move to the survivor, each move a line of the case's history, and the merge
/// is kept so it can be undone. Both records must be within the caller's scope. Audited.
/// </summary>
public sealed class MergePeople(SanadDb db, AuditTrail audit, AccessScope caller, TimeProvider clock)
{
    public async Task<Result<long>> MergeAsync(PersonId survivorId, PersonId duplicateId, CancellationToken ct = default)
    {
        if (survivorId == duplicateId)
            return Error.Invalid("A record cannot be merged into itself.") with { Field = "duplicateId" };
        var people = await db.People.Where(p => p.Id == survivorId || p.Id == duplicateId).ToListAsync(ct);
        var survivor = people.SingleOrDefault(p => p.Id == survivorId);
        var duplicate = people.SingleOrDefault(p => p.Id == duplicateId);
        if (survivor is null) return Error.NotFound();
        if (duplicate is null) return Error.Invalid("No such person in your agency.") with { Field = "duplicateId" };
        if (survivor.MergedInto is not null || duplicate.MergedInto is not null)
            return Error.Conflict("One of these records was already merged.");

        var now = clock.GetUtcNow().UtcDateTime;
        var cases = await db.Cases.Where(c => c.PersonId == duplicateId).ToListAsync(ct);
        foreach (var moved in cases)
            db.CaseHistory.Add(CaseHistoryEntry.Record(moved.Id, moved.MoveTo(survivorId, now), caller.UserId, now));
        duplicate.MergeInto(survivorId);
        var merge = PersonMerge.Record(survivorId, duplicateId, cases.Select(c => c.Id.Value), caller.UserId, now);
        db.PersonMerges.Add(merge);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("person.merged", AuditOutcome.Success, Person.RecordType, duplicateId.ToString(), $"into:{survivorId};cases:{cases.Count}");
        return merge.Id;
    }

    /// <summary>Puts the duplicate back as its own record, with the cases that came from it.</summary>
    public async Task<Result<long>> UndoAsync(long mergeId, CancellationToken ct = default)
    {
        var merge = await db.PersonMerges.SingleOrDefaultAsync(m => m.Id == mergeId && m.UndoneAt == null, ct);
        if (merge is null) return Error.NotFound();
        var duplicate = await db.People.SingleOrDefaultAsync(p => p.Id == merge.Duplicate, ct);
        if (duplicate is null || !await db.People.AnyAsync(p => p.Id == merge.Survivor, ct)) return Error.NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        var movedIds = merge.MovedCaseIds.Select(id => new CaseId(id)).ToList();
        var cases = await db.Cases.Where(c => movedIds.Contains(c.Id) && c.PersonId == merge.Survivor).ToListAsync(ct);
        foreach (var moved in cases)
            db.CaseHistory.Add(CaseHistoryEntry.Record(moved.Id, moved.MoveTo(merge.Duplicate, now), caller.UserId, now));
        duplicate.Unmerge();
        merge.Undo(caller.UserId, now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("person.unmerged", AuditOutcome.Success, Person.RecordType, merge.Duplicate.ToString(), $"from:{merge.Survivor};cases:{cases.Count}");
        return merge.Id;
    }
}
