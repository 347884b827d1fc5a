using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sanad.Domain;
using Sanad.Domain.Agencies;
using Sanad.Domain.Assistance;
using Sanad.Domain.Cases;
using Sanad.Features.Agencies;
using Sanad.Features.Cases;
using Sanad.Resources;
using Sanad.Security;
using Sanad.Web;

namespace Sanad.Features.Assistance;

/// <summary>
/// /Cases/Assistance/{id}: the plan and its approval, services delivered, follow-ups, and the
/// case's closure, each form calling the same use case as the API.
/// </summary>
[Authorize(Policy = Policies.CaseData)]
public sealed class IndexModel(
    ReadCases cases, AssistancePlans plans, ServicesDelivered services, FollowUps followUps, CaseClosures closures,
    CaseGate gate, ListAgencies agencies, AccessScope caller, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Empty goal rows offered under the plan's goals, for adding goals without JavaScript.</summary>
    public const int BlankGoals = 3;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public PlanInput Plan { get; set; } = new();
    [BindProperty] public PlanStepInput Step { get; set; } = new();
    [BindProperty] public PlanReturnInput PlanReturn { get; set; } = new();
    [BindProperty] public ServiceDeliveredInput Service { get; set; } = new() { Outcome = "ongoing" };
    [BindProperty] public FollowUpInput FollowUp { get; set; } = new();
    [BindProperty] public FollowUpDoneInput Done { get; set; } = new();
    [BindProperty] public ClosureRequestInput Closure { get; set; } = new();
    [BindProperty] public ClosureRefusalInput Refusal { get; set; } = new();
    [BindProperty] public ReopenInput Reopen { get; set; } = new();

    public CaseDetails Case { get; private set; } = null!;
    public CasePlan CasePlan { get; private set; } = null!;
    public IReadOnlyList<ServiceDeliveredView> Services { get; private set; } = [];
    public IReadOnlyList<FollowUpView> FollowUps { get; private set; } = [];
    public CaseClosureView ClosureState { get; private set; } = null!;
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Workers { get; private set; } = [];
    /// <summary>The caller writes this case's plan, services, follow-ups and closure request.</summary>
    public bool CanWrite { get; private set; }
    /// <summary>The caller approves plans and closures and reopens this case.</summary>
    public bool Supervises { get; private set; }
    public bool IsClosed => ClosureReasons.IsClosed(Codes.TryParse<CaseStatus>(Case.Status, out var s) ? s : CaseStatus.Active);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public Guid? Me => caller.UserId;

    private CaseId TheCase => new(Id);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostPlanAsync() => RunAsync(Plan, nameof(Plan), () => plans.SaveAsync(TheCase, Plan), "The plan is saved.");
    public Task<IActionResult> OnPostSubmitAsync() => RunAsync(Step, nameof(Step), () => plans.SubmitAsync(TheCase, Step), "The plan is submitted for approval.");
    public Task<IActionResult> OnPostApproveAsync() => RunAsync(Step, nameof(Step), () => plans.ApproveAsync(TheCase, Step), "The plan is approved.");
    public Task<IActionResult> OnPostReturnAsync() => RunAsync(PlanReturn, nameof(PlanReturn), () => plans.ReturnAsync(TheCase, PlanReturn), "The plan is returned with your comment.");
    public Task<IActionResult> OnPostServiceAsync() => RunAsync(Service, nameof(Service), () => services.RecordAsync(TheCase, Service), "The service is recorded.");
    public Task<IActionResult> OnPostFollowUpAsync() => RunAsync(FollowUp, nameof(FollowUp), () => followUps.AddAsync(TheCase, FollowUp), "The follow-up is planned.");
    public Task<IActionResult> OnPostDoneAsync(Guid followUpId) => RunAsync(Done, nameof(Done), () => followUps.DoneAsync(new FollowUpId(followUpId), Done), "The follow-up is marked done.");
    public Task<IActionResult> OnPostCloseAsync() => RunAsync(Closure, nameof(Closure), () => closures.RequestAsync(TheCase, Closure), "The closure is requested.");
    public Task<IActionResult> OnPostApproveClosureAsync() => RunAsync(new object(), "", () => closures.ApproveAsync(TheCase), "The case is closed.");
    public Task<IActionResult> OnPostRefuseClosureAsync() => RunAsync(Refusal, nameof(Refusal), () => closures.RefuseAsync(TheCase, Refusal), "The closure is refused.");
    public Task<IActionResult> OnPostReopenAsync() => RunAsync(Reopen, nameof(Reopen), () => closures.ReopenAsync(TheCase, Reopen), "The case is reopened.");

    /// <summary>Validates one form, runs its use case, and comes back to the page with a notice or the errors.</summary>
    private async Task<IActionResult> RunAsync<T>(object input, string prefix, Func<Task<Result<T>>> run, string notice)
    {
        ModelState.Clear();
        RequestValidation.AddTo(ModelState, input, t, prefix);
        if (ModelState.IsValid)
        {
            var result = await run();
            if (result.Succeeded)
            {
                TempData["Notice"] = t[notice].Value;
                return RedirectToPage(new { id = Id });
            }
            if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
            ModelState.AddModelError("", t[result.Error.MessageKey, result.Error.Args]);
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await cases.OneAsync(TheCase) is not { } found) return false;
        Case = found;
        var owner = new AgencyId(found.AgencyId);
        CasePlan = (await plans.ReadAsync(TheCase)).Value!;
        Services = (await services.ListAsync(TheCase)).Value ?? [];
        FollowUps = (await followUps.ListAsync(TheCase)).Value ?? [];
        ClosureState = (await closures.ReadAsync(TheCase)).Value!;
        CanWrite = gate.Writable(owner).Succeeded;
        Supervises = gate.IsSupervisorOf(owner);
        if (CanWrite)
        {
            Agencies = (await agencies.AllAsync(Localization.CurrentLanguage, includeInactive: false)).ToList();
            Workers = await followUps.WorkersAsync(owner);
        }
        // The edit form starts from the latest version's goals, plus empty rows for new ones.
        if (Request.Method == HttpMethods.Get || Plan.Goals.Count == 0)
            Plan = new PlanInput
            {
                Version = CasePlan.Version,
                Goals = [.. (CasePlan.Current?.Goals ?? []).Select(g => new GoalInput { Text = g.Text, Area = g.Area, TargetDate = g.TargetDate?.ToString("yyyy-MM-dd"), Status = g.Status }),
                    .. Enumerable.Range(0, BlankGoals).Select(_ => new GoalInput())],
            };
        return true;
    }
}
