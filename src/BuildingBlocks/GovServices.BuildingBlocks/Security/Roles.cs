namespace GovServices.BuildingBlocks.Security;

/// <summary>The roles a person signed in to the city's services can hold.</summary>
public static class Roles
{
    public const string Citizen = "citizen";

    /// <summary>Staff of one department (OPD); carries an <c>opd</c> claim.</summary>
    public const string Officer = "officer";

    /// <summary>Staff who route work between departments (for example Diskominfotik's complaint desk).</summary>
    public const string Coordinator = "coordinator";

    public const string Auditor = "auditor";

    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Citizen, Officer, Coordinator, Auditor, Admin];
}
