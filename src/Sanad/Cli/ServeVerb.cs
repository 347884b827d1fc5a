using System.CommandLine;

namespace Sanad.Cli;

/// <summary><c>sanad serve</c>: the same as running sanad without a verb. Listed so --help shows how to start the node.</summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed demo agencies of Jordan and Belgium and one user per role, and print how to sign in" };
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://localhost:5080)" };
        var serve = new Command("serve", "Run the web node (UI and API). This is what sanad does without a verb.") { demo, urls };
        serve.SetAction((parse, ct) =>
        {
            var args = new List<string>();
            if (parse.GetValue(demo)) args.Add("--demo");
            if (parse.GetValue(urls) is { } u) args.AddRange(["--urls", u]);
            if (parse.GetValue(CliApp.DataDir) is { } d) args.AddRange(["--data-dir", d]);
            return Web.NodeHost.ServeAsync([.. args], ct);
        });
        return serve;
    }
}
