using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sanad.Domain.Services;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Services;

/// <summary>/api/v1/services: the service directory.</summary>
public static class ServiceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var services = api.MapGroup("/services").WithTags("Services").RequireAuthorization(Policies.Referrals);

        services.MapGet("/", async (ServiceDirectory directory, string? type, string? area, string? language, CancellationToken ct) =>
                TypedResults.Ok(await directory.SearchAsync(new ServiceSearch(type, area, language), ct)))
            .WithSummary("Find services by need (type), place (governorate or city) and language (ISO 639)");

        services.MapGet("/{id:guid}", async Task<Results<Ok<ServiceView>, NotFound>> (Guid id, ServiceDirectory directory, CancellationToken ct) =>
                await directory.OneAsync(new ServiceId(id), ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound())
            .WithSummary("One service of the directory");

        services.MapPost("/", async (ServiceInput input, ServiceDirectory directory, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.CreatedAsync(input, t, () => directory.OfferAsync(input, ct), created => $"/api/v1/services/{created.Id}"))
            .WithSummary("Offer a service of the caller's agency (its supervisor only)");

        services.MapPut("/{id:guid}", async (Guid id, ServiceInput input, ServiceDirectory directory, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                await RequestValidation.OkAsync(input, t, () => directory.ChangeAsync(new ServiceId(id), input, ct)))
            .WithSummary("Change a service (the owning agency's supervisor); give the version you read: a stale one is refused with 409");
    }
}
