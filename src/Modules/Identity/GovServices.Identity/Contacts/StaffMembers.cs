using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Contracts;

namespace GovServices.Identity.Contacts;

/// <summary><see cref="IStaffMembers"/> in the caller's unit of work: accounts by role (and OPD), disabled ones left out.</summary>
internal sealed class StaffMembers(IUnitOfWork unitOfWork) : IStaffMembers
{
    public async Task<IReadOnlyList<string>> ListOfficersAsync(string opd, CancellationToken cancellationToken = default) =>
        [.. await unitOfWork.QueryAsync<string>(StaffMembersSql.SelectInRole(byOpd: true), new { role = Roles.Officer.ToUpperInvariant(), opd, disabled = false }, cancellationToken)];

    public async Task<IReadOnlyList<string>> ListCoordinatorsAsync(CancellationToken cancellationToken = default) =>
        [.. await unitOfWork.QueryAsync<string>(StaffMembersSql.SelectInRole(byOpd: false), new { role = Roles.Coordinator.ToUpperInvariant(), disabled = false }, cancellationToken)];
}
