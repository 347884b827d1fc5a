using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sanad.Tests.Research;

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
}
