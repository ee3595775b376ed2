using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Identity;

/// <summary>Identity: the OpenIddict authorization server, users and clients. Owns the <c>identity</c> schema.</summary>
public static class IdentityModule
{
    internal const string Schema = "identity";

    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(Schema, typeof(IdentityModule).Assembly));
        return services;
    }
}
