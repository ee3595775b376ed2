namespace GovServices.BuildingBlocks.Auditing;

public enum AuditOutcome
{
    Success,

    /// <summary>The actor was not allowed to do it.</summary>
    Denied,

    /// <summary>The action was attempted and failed.</summary>
    Failed,
}
