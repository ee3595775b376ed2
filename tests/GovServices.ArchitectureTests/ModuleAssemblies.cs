using System.Reflection;

namespace GovServices.ArchitectureTests;

/// <summary>The modules as the host composes them, each with the one type it may make public.</summary>
internal static class ModuleAssemblies
{
    public static readonly (Assembly Assembly, Type ModuleClass)[] All =
    [
        (typeof(GovServices.Identity.IdentityModule).Assembly, typeof(GovServices.Identity.IdentityModule)),
        (typeof(GovServices.Complaints.ComplaintsModule).Assembly, typeof(GovServices.Complaints.ComplaintsModule)),
        (typeof(GovServices.Permits.PermitsModule).Assembly, typeof(GovServices.Permits.PermitsModule)),
        (typeof(GovServices.CivilRegistry.CivilRegistryModule).Assembly, typeof(GovServices.CivilRegistry.CivilRegistryModule)),
        (typeof(GovServices.Payments.PaymentsModule).Assembly, typeof(GovServices.Payments.PaymentsModule)),
        (typeof(GovServices.Audit.AuditModule).Assembly, typeof(GovServices.Audit.AuditModule)),
        (typeof(GovServices.Calendar.CalendarModule).Assembly, typeof(GovServices.Calendar.CalendarModule)),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        All.Select(module => new TestCaseData(module.Assembly, module.ModuleClass).SetArgDisplayNames(module.Assembly.GetName().Name!));

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;
}
