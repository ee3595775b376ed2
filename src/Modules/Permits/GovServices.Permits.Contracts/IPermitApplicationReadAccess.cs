namespace GovServices.Permits.Contracts;

/// <summary>
/// Whether the caller of the current request may read a permit application, by the rule of Permits' own read API: for
/// another module that shows something about an application (Notifications' delivery statuses).
/// </summary>
public interface IPermitApplicationReadAccess
{
    /// <summary>True when the application exists and the caller may read it.</summary>
    Task<bool> CanReadAsync(Guid applicationId, CancellationToken cancellationToken = default);
}
