using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sanad.Web;

/// <summary>Describes the API's title and its two ways to authenticate in the OpenAPI document.</summary>
public sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Sanad API",
            Version = "v1",
            Description = "Protection and referral for victims of trafficking. Authenticate with a personal access token " +
                          "(Authorization: Bearer sanad_pat_…) or a browser session. Errors are RFC 9457 problem documents.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal access token created on your profile page or with `sanad token create`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
