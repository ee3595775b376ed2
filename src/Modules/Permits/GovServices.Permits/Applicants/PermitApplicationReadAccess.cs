using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Contracts;
using GovServices.Permits.Domain;

namespace GovServices.Permits.Applicants;

/// <summary><see cref="IPermitApplicationReadAccess"/>: <see cref="ApplicationAccess.CanRead"/> on the application as it is now.</summary>
internal sealed class PermitApplicationReadAccess(IDbConnectionFactory connections, ICurrentActor actor) : IPermitApplicationReadAccess
{
    public async Task<bool> CanReadAsync(Guid applicationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var application = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(
            new CommandDefinition(ApplicationSql.SelectById, new { id = applicationId }, cancellationToken: cancellationToken));
        return application is not null && ApplicationAccess.CanRead(actor, application);
    }
}
