namespace Sanad.Security;

/// <summary>
/// Marks a service scope as the operator's own work at node start-up (migrations, bootstrap, the
/// demo data): it runs with the system's rights, as the CLI does. Only <c>NodeHost</c> sets it, on
/// a scope it creates itself; every request scope stays the signed-in caller's.
/// </summary>
public sealed class OperatorWork
{
    public bool IsOperator { get; private set; }

    public void Begin() => IsOperator = true;
}
