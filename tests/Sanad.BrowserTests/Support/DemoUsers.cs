namespace Sanad.BrowserTests.Support;

/// <summary>The accounts that <c>sanad --demo</c> seeds: one per role, all with the same password.</summary>
internal static class DemoUsers
{
    public const string Password = "Sanad-Demo-2026!";

    public static string Email(string role) => $"{role}@demo.sanad.local";

    /// <summary>Display names from the node's demo seed (NodeBootstrap), shown in the navbar and the welcome.</summary>
    public static string Name(string role) => role switch
    {
        "admin" => "Demo Administrator",
        "caseworker" => "Demo Caseworker",
        "coordinator" => "Demo NRM Coordinator",
        "police" => "Demo Police Officer",
        "programme" => "Demo Programme Manager",
        "inspector" => "Demo Labour Inspector",
        "researcher" => "Demo Researcher",
        "supervisor" => "Demo Supervisor",
        "viewer" => "Demo Viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Add the demo name here first."),
    };
}
