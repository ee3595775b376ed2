using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Account;
using GovServices.Identity.ApiKeys;
using GovServices.Identity.Admin;
using GovServices.Identity.Connect;
using GovServices.Identity.Contacts;
using GovServices.Identity.Contracts;
using GovServices.Identity.Cors;
using GovServices.Identity.Me;
using GovServices.Identity.Seed;
using GovServices.Identity.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Identity;

/// <summary>
/// Identity: the OpenIddict authorization server, users and clients, and the token validation every endpoint
/// relies on. Owns the <c>identity</c> schema (EF Core, ADR 0006).
/// </summary>
public static class IdentityModule
{
    internal const string Schema = "identity";

    /// <summary>What the module declares to the host: schema, API path.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Identity", new ModuleSchema(Schema, typeof(IdentityModule).Assembly), IdentityApiPaths.Group);

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(GovIdentityOptions.SectionName).Get<GovIdentityOptions>() ?? new GovIdentityOptions();
        services.AddSingleton(options);
        services.AddModule(Descriptor);
        var keyRing = configuration.GetSection(KeyRingProtectionOptions.SectionName).Get<KeyRingProtectionOptions>() ?? new KeyRingProtectionOptions();
        services.AddIdentityServer(environment, options, keyRing);
        services.AddScoped<PrincipalFactory>();
        services.AddScoped<IPersonContacts, PersonContacts>();
        services.AddScoped<IStaffMembers, StaffMembers>();
        services.AddScoped<IdentityTrail>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, PartnerApiKeyHandler>(PartnerApiKeyAccess.Scheme, configureOptions: null);
        services.AddAccountsApi();
        services.AddHostedService<IdentitySeeder>();
        services.AddSingleton<TokenIssuanceTally>();
        services.AddSingleton<TokenIssuanceFlush>();
        services.AddHostedService(provider => provider.GetRequiredService<TokenIssuanceFlush>());
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, ClientOriginsCorsPolicyProvider>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTokenEndpoint();
        endpoints.MapAuthorizeEndpoint();
        endpoints.MapUserInfoEndpoint();
        endpoints.MapLogoutEndpoint();
        endpoints.MapLoginEndpoints();

        var api = endpoints.MapGroup(IdentityApiPaths.Group).WithTags("Identity");
        api.MapDescribeCaller();
        api.MapAccountsApi();
        return endpoints;
    }
}
