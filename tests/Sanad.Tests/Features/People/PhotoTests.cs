using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanad.Data;
using Sanad.Domain.Accounts;
using Sanad.Tests.Support;

namespace Sanad.Tests.Features.People;

public sealed class PhotoTests(SanadApp app) : IClassFixture<SanadApp>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "face-of-Jocelyn-Manalo"u8];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. "another-face-of-Jocelyn"u8];

    private static HttpContent Photo(byte[] bytes, string name = "photo.png") => new MultipartFormDataContent { { new ByteArrayContent(bytes), "photo", name } };

    private async Task<string> PersonAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", new { givenName = "Jocelyn", familyName = "Manalo", sex = "female", yearOfBirth = 1991, nationality = "PH" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_photo_is_sealed_shown_uncached_to_her_agency_replaced_and_removed()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await PersonAsync(caseworker);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/api/v1/people/{id}/photo")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo(Png))).StatusCode);
        var shown = await caseworker.GetAsync($"/api/v1/people/{id}/photo");
        Assert.Equal(Png, await shown.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", shown.Headers.CacheControl?.ToString());
        Assert.True((await caseworker.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}")).GetProperty("hasPhoto").GetBoolean());

        var stored = await app.ScopedAsync(sp => sp.GetRequiredService<SanadDb>().PersonPhotos.Select(p => p.SealedContent).ToListAsync());
        Assert.All(stored, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf("Jocelyn"u8)));

        Assert.Equal(HttpStatusCode.NoContent, (await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo(Jpeg, "new.jpg"))).StatusCode);
        Assert.Equal(Jpeg, await caseworker.GetByteArrayAsync($"/api/v1/people/{id}/photo"));

        Assert.Equal(HttpStatusCode.NoContent, (await caseworker.DeleteAsync($"/api/v1/people/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/api/v1/people/{id}/photo")).StatusCode);

        var audit = await (await app.ApiAsync(Roles.Admin)).GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?action=person.photo-viewed");
        Assert.True(audit.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task Only_the_roles_that_see_her_identity_in_her_agency_reach_her_photo()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await PersonAsync(caseworker);
        await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo(Png));

        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.Supervisor)).GetAsync($"/api/v1/people/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Coordinator)).GetAsync($"/api/v1/people/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).GetAsync($"/api/v1/people/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Police)).PutAsync($"/api/v1/people/{id}/photo", Photo(Jpeg))).StatusCode);
        foreach (var role in new[] { Roles.Researcher, Roles.Programme, Roles.Viewer, Roles.Admin })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role)).GetAsync($"/api/v1/people/{id}/photo")).StatusCode);
        Assert.Equal(Png, await caseworker.GetByteArrayAsync($"/api/v1/people/{id}/photo"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_or_too_large_is_refused_naming_the_field_and_the_old_photo_stays()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await PersonAsync(caseworker);
        await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo(Png));

        var pdf = await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo([.. "%PDF-1.7"u8], "photo.jpg"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pdf.StatusCode);
        var problem = await pdf.Content.ReadAsStringAsync();
        Assert.Contains("JPEG or PNG", problem);
        Assert.Contains("photo", problem);
        var large = await caseworker.PutAsync($"/api/v1/people/{id}/photo", Photo([.. Png, .. new byte[5 * 1024 * 1024]]));
        Assert.True(large.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, large.StatusCode.ToString());
        Assert.Equal(Png, await caseworker.GetByteArrayAsync($"/api/v1/people/{id}/photo"));

        var french = await app.ApiAsync(Roles.Caseworker);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var refused = await french.PutAsync($"/api/v1/people/{id}/photo", Photo([.. "GIF89a"u8]));
        Assert.Contains("Une photo doit être une image JPEG ou PNG.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_caseworker_adds_and_removes_a_photo_from_the_person_page()
    {
        var caseworker = await app.ApiAsync(Roles.Caseworker);
        var id = await PersonAsync(caseworker);
        var browser = await app.SignedInAsync(Demo.Email(Roles.Caseworker));
        var page = $"/People/Details/{id}";
        Assert.DoesNotContain("handler=Photo&", await browser.GetPageAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.UploadAsync(page, page + "?handler=Photo", "photo", Jpeg, "face.jpg")).StatusCode);
        var html = await browser.GetPageAsync(page);
        var src = System.Text.RegularExpressions.Regex.Match(html, "<img src=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(Jpeg, await browser.GetByteArrayAsync(System.Net.WebUtility.HtmlDecode(src)));

        var refused = await browser.UploadAsync(page, page + "?handler=Photo", "photo", [.. "not an image"u8], "face.jpg");
        Assert.Contains("A photo must be a JPEG or PNG image.", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, [], page + "?handler=RemovePhoto")).StatusCode);
        Assert.DoesNotContain("<img src=", await browser.GetPageAsync(page));
    }
}
