namespace GovServices.Identity.Contracts;

/// <summary>
/// Who among the city's staff is to be told something (Notifications' digests and overdue messages, issue 15): the
/// user ids of enabled accounts, oldest first. Their contacts are read through <see cref="IPersonContacts"/>, which
/// audits each read.
/// </summary>
public interface IStaffMembers
{
    /// <summary>The officers of <paramref name="opd"/>, its head among them.</summary>
    Task<IReadOnlyList<string>> ListOfficersAsync(string opd, CancellationToken cancellationToken = default);

    /// <summary>The coordinators (the complaint desk), whatever their OPD.</summary>
    Task<IReadOnlyList<string>> ListCoordinatorsAsync(CancellationToken cancellationToken = default);
}
