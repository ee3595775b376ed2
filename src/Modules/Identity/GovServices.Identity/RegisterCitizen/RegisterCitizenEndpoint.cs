using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Identity.RegisterCitizen;

internal static class RegisterCitizenEndpoint
{
    private const string RegisterCitizenDescription = "NIK (16 digits, checked part by part), full name, email and password (at least 10 characters with upper and lower case, a digit and a symbol). The citizen then signs in with the email. A NIK or email that already has an account answers 409 without saying which. Send an Idempotency-Key to retry safely.";

    public static IEndpointRouteBuilder MapRegisterCitizen(this IEndpointRouteBuilder group)
    {
        group.MapPost(IdentityApiPaths.Citizens, async (RegisterCitizenCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(command, cancellationToken)).Match(registered => TypedResults.Created((string?)null, registered)))
            .AllowPublicAccess("Citizens create their account before they can hold any token; rate-limited, and a taken NIK or email is not disclosed.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithIdempotencyKey(IdentityModule.Schema)
            .Describe("RegisterCitizen", "Register as a citizen", RegisterCitizenDescription)
            .Produces<CitizenRegistered>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
