using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Tests.Research;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.Research;

internal static class ResearchHelpers
{
    public static byte[] Sample => File.ReadAllBytes(CtdcSample.Path);

    public static int SampleRecords => File.ReadAllLines(CtdcSample.Path).Skip(1).Count(l => l.Length > 0);

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] content, string name = "CTDC sample", string fileName = "ctdc.csv")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync("/api/v1/research/datasets", new MultipartFormDataContent { { new StringContent(name), "name" }, { file, "file", fileName } });
    }

    public static async Task<string> ImportedIdAsync(this HttpClient client)
    {
        var response = await client.ImportAsync(Sample);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> PrepareAsync(this HttpClient client, object input) =>
        client.PostAsJsonAsync("/api/v1/research/releases", input);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>
    /// The ledger's trail of a release that was refused for download before approval, approved, then
    /// downloaded: each step audited with its outcome.
    /// </summary>
    public static async Task AssertApprovedAfterARefusedDownloadAsync(this SanadApp app, string? releaseId)
    {
        var actions = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().AuditEntries.AsNoTracking()
            .Where(e => e.TargetId == releaseId).Select(e => e.Action + ":" + e.Outcome).ToListAsync());
        Assert.Contains("research.release-prepared:Success", actions);
        Assert.Contains("research.release-downloaded:Denied", actions);
        Assert.Contains("research.release-approved:Success", actions);
        Assert.Contains("research.release-downloaded:Success", actions);
    }
}
