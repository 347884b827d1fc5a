using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.People;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.People;

/// <summary>/api/v1/people: registering and reading people, for roles that work with case data.</summary>
public static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.CaseData);

        people.MapPost("/", async (PersonInput input, RegisterPerson register, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await register.HandleAsync(input, ct);
                return result.Succeeded
                    ? TypedResults.Created($"/api/v1/people/{result.Value}", new { id = result.Value.Value })
                    : result.Error!.ToProblem(t);
            })
            .WithSummary("Register a person; identifying fields are sealed before storage");

        people.MapPost("/duplicates", async (DuplicateQuery query, FindDuplicates find, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(query, t) is { } refused) return refused;
                return TypedResults.Ok(await find.HandleAsync(query, ct: ct));
            })
            .WithSummary("Likely duplicates across the node (any script or spelling), best first, with score and reasons; never a name");

        people.MapGet("/{id:guid}", async Task<Results<Ok<PersonView>, NotFound>> (Guid id, ReadPeople read, CancellationToken ct) =>
                await read.OneAsync(new PersonId(id), ct) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound())
            .WithSummary("One person; identifying fields only for roles that may see them; every view is audited");

        people.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, MergePeople merge, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                if (RequestValidation.Refusal(input, t) is { } refused) return refused;
                var result = await merge.MergeAsync(new PersonId(id), new PersonId(input.DuplicateId!.Value), ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/people/merges/{result.Value}", new { mergeId = result.Value }) : result.Error!.ToProblem(t);
            })
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Fold a duplicate record into this one (supervisor); its cases move here; reversible");

        people.MapPost("/merges/{mergeId:long}/undo", async (long mergeId, MergePeople merge, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await merge.UndoAsync(mergeId, ct);
                return result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
            })
            .RequireAuthorization(Policies.Supervise)
            .WithSummary("Undo a merge: the duplicate becomes its own record again, with its cases");

        people.MapPut("/{id:guid}/photo", async (Guid id, IFormFile photo, PersonPhotos photos, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                await using var content = photo.OpenReadStream();
                var result = await photos.SetAsync(new PersonId(id), content, photo.Length, ct);
                return result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
            })
            .DisableAntiforgery()
            .WithSummary("Take or replace a person's photo (JPEG or PNG, at most 5 MB, form field `photo`); sealed before storage");

        people.MapGet("/{id:guid}/photo", async (Guid id, PersonPhotos photos, IStringLocalizer<SharedResource> t, HttpContext http, CancellationToken ct) =>
            {
                var photo = await photos.GetAsync(new PersonId(id), ct);
                if (!photo.Succeeded) return photo.Error!.ToProblem(t);
                // A face is identifying data: no copy in a shared or browser cache.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.File(photo.Value!.Content, photo.Value.ContentType);
            })
            .WithSummary("A person's photo, for the roles that see her identity; every view is audited");

        people.MapDelete("/{id:guid}/photo", async (Guid id, PersonPhotos photos, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
            {
                var result = await photos.RemoveAsync(new PersonId(id), ct);
                return result.Succeeded ? TypedResults.NoContent() : result.Error!.ToProblem(t);
            })
            .WithSummary("Remove a person's photo");

        people.MapGet("/", async (ReadPeople read, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await read.PageAsync(page ?? 1, pageSize ?? 25, ct)))
            .WithSummary("People registered by the caller's agency (all agencies, pseudonymised, for the coordinator)");
    }
}
