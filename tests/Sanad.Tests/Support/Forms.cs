using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OtpNet;

namespace Sanad.Tests.Support;

/// <summary>
/// Drives the real pages like a browser without JavaScript: reads the form's antiforgery token,
/// posts the fields, follows what the server answers.
/// </summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("id=\"shared-key\"[^>]*>([^<]+)<")]
    private static partial Regex SharedKey();

    public static async Task<string> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page that holds the form, then POSTs the fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var page = await client.GetPageAsync(pagePath);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"no antiforgery token on {pagePath}");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        return await client.PostAsync(postPath ?? pagePath, new FormUrlEncodedContent(all));
    }

    /// <summary>GETs the page that holds the form, then POSTs one file as multipart form data, as a browser's file input does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pagePath, string postPath, string field, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync(pagePath);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"no antiforgery token on {pagePath}");
        return await client.PostAsync(postPath, new MultipartFormDataContent
        {
            { new ByteArrayContent(content), field, fileName },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        });
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pagePath, params (string Name, string Value)[] fields) =>
        client.SubmitAsync(pagePath, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>Signs in with email and password; with an authenticator key, completes the second step too.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Demo.Password, string? authenticatorKey = null)
    {
        var response = await client.SubmitAsync("/Account/SignIn", ("Input.Email", email), ("Input.Password", password));
        if (authenticatorKey is not null && response.Headers.Location?.OriginalString.StartsWith("/Account/SignInTwoFactor") == true)
            response = await client.SubmitAsync("/Account/SignInTwoFactor", ("Input.Code", CodeAt(authenticatorKey, 1)));
        return response;
    }

    public static async Task<HttpClient> SignedInAsync(this SanadApp app, string email, string password = Demo.Password, string? authenticatorKey = null)
    {
        var client = app.NewClient();
        var response = await client.SignInAsync(email, password, authenticatorKey);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"sign-in of {email} answered {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    /// <summary>Enrols an authenticator for the signed-in user and returns its key, as a person with an app would.</summary>
    public static async Task<string> EnrolAuthenticatorAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/Account/TwoFactor");
        var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        Assert.False(string.IsNullOrEmpty(key), "the enrolment page shows no key");
        var response = await client.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = CodeAt(key, -1) }, "/Account/TwoFactor?handler=Enable");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"recovery-codes\"", html);
        return key;
    }

    public static string CurrentCode(string base32Key) => CodeAt(base32Key, 0);

    /// <summary>
    /// The code of the 30-second step before (-1), at (0) or after (+1) now. Each code is accepted
    /// once, and the server allows one step of clock drift, so a test that needs several codes in a
    /// row walks through these three steps.
    /// </summary>
    public static string CodeAt(string base32Key, int stepOffset) =>
        new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
