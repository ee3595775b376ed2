using FluentValidation;
using GovServices.Permits.Issuing.GetIssuedPermit;
using GovServices.Permits.Issuing.Keys;
using GovServices.Permits.Issuing.RevokePermit;
using GovServices.Permits.Issuing.Signing;
using GovServices.Permits.Issuing.Verify;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Issuing;

/// <summary>The issued permits: numbering, signing keys, verification and revocation.</summary>
internal static class PermitIssuingRegistration
{
    public static IServiceCollection AddPermitIssuing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PermitIssuingOptions.From(configuration));
        // The host persists the key ring in the database (Identity); this only makes sure the services exist.
        services.AddDataProtection();
        services.AddSingleton<PermitSigningKeyStore>();
        services.AddSingleton<PermitSigningKeys>();
        services.AddHostedService<SigningKeyRotation>();
        services.AddScoped<IPermitIssuer, PermitIssuer>();
        services.AddScoped<IValidator<RevokePermit.RevokePermitCommand>, RevokePermitValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapPermitIssuing(this IEndpointRouteBuilder group)
    {
        group.MapGetPermitKeys();
        group.MapVerifyPermit();
        group.MapGetIssuedPermit();
        group.MapRevokePermit();
        return group;
    }
}
