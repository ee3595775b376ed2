using GovServices.BuildingBlocks.Application;
using GovServices.CivilRegistry.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry.VerifyResident;

/// <summary>
/// <see cref="IResidentVerifier"/> for other modules. Runs the same command as the HTTP endpoint, in a scope and
/// transaction of its own: the access record is committed before the caller sees the answer, whatever the
/// caller's own transaction does afterwards. The calling actor flows through the current request.
/// </summary>
internal sealed class ResidentVerifier(IServiceScopeFactory scopes) : IResidentVerifier
{
    public async Task<Result<ResidentVerification>> VerifyAsync(ResidentVerificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return await mediator.Send(
            new VerifyResidentQuery(request.Nik, request.Purpose, request.FullName, request.BirthDate, request.BirthPlace, request.Sex, request.Kelurahan),
            cancellationToken);
    }
}
