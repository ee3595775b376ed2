using GovServices.BuildingBlocks.Security;
using OpenIddict.Server;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Data;
using GovServices.Identity.Server.Revocations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace GovServices.Identity.Server;

/// <summary>
/// ASP.NET Core Identity for people, OpenIddict for tokens, both on EF Core in the identity schema; and the
/// token validation every API endpoint uses.
/// </summary>
internal static class IdentityServerSetup
{
    public static void AddIdentityServer(
        this IServiceCollection services, IHostEnvironment environment, GovIdentityOptions options, KeyRingProtectionOptions keyRing)
    {
        // The modules' scopes are known once every module is registered, so they are read when the options are built.
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<ApiScopeCatalogue>((server, scopes) => server.Scopes.UnionWith(ScopeGrants.All(scopes)));

        services.AddDbContext<IdentityDbContext>((provider, db) =>
        {
            IdentityDatabase.Configure(db, provider.GetRequiredService<DatabaseOptions>());
            db.AddInterceptors(provider.GetRequiredService<LocalRevocationInterceptor>());
        });
        services.AddTokenStatusCache(options);

        // Several host instances must read each other's cookies and antiforgery tokens.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("GovServices")
            .PersistKeysToDbContext<IdentityDbContext>();
        KeyRingProtection.Add(dataProtection, environment, keyRing);
        // Before any start-up task protects with this key ring.
        services.AddHostedService<KeyRingProvisioning>();

        services.AddIdentityCore<GovUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<Users.BilingualIdentityErrorDescriber>()
            .AddSignInManager()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders();

        // API calls authenticate with bearer tokens; only the sign-in pages use the cookie.
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.LoginPath = IdentityApiPaths.Login;
                cookie.Cookie.Name = "govservices.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        services.AddAuthorization();
        services.AddAntiforgery();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                if (TokenIssuer.Resolve(options, environment) is { } issuer)
                    server.SetIssuer(issuer);

                server.SetTokenEndpointUris(IdentityApiPaths.Token)
                    .SetAuthorizationEndpointUris(IdentityApiPaths.Authorize)
                    .SetIntrospectionEndpointUris(IdentityApiPaths.Introspect)
                    .SetRevocationEndpointUris(IdentityApiPaths.Revoke)
                    .SetUserInfoEndpointUris(IdentityApiPaths.UserInfo)
                    .SetEndSessionEndpointUris(IdentityApiPaths.Logout);

                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                // PKCE with S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(server => server.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain));

                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(options.AuthorizationCodeLifetime)
                    // A refresh token works once: a second use is refused (and revokes the chain).
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                // Signed, not encrypted, access tokens (RFC 9068 at+jwt): any API can validate them cheaply.
                server.DisableAccessTokenEncryption();
                SigningMaterial.Add(server, environment, options);

                server.AddEventHandler(TokenIssuanceMetrics.Descriptor);

                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!environment.IsProduction())
                    aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // A revoked token must stop working at the API, not only at introspection: TokenEntryCheck reads
                // the token's and its authorization's status once per instance, and every revocation reaches every
                // instance within a second (OpenIddict's own entry validation reads them through EF Core at every
                // call, at several times the cost, so it stays off; ADR 0025, 0073).
                validation.AddEventHandler(TokenEntryCheck.Descriptor);
            });
    }

    private static void AddTokenStatusCache(this IServiceCollection services, GovIdentityOptions options)
    {
        services.AddSingleton<TokenStatusCache>();
        services.AddSingleton<LocalRevocationInterceptor>();
        if (options.TokenStatusCacheSize <= 0)
            return;

        // PostgreSQL pushes revocations; SQLite and SQL Server are read every RevocationPollInterval (ADR 0073).
        services.AddSingleton<PostgreSqlRevocationListener>();
        services.AddSingleton<PolledRevocationFeed>();
        // Not AddHostedService: it keys factories by their return type, and this one returns either of two.
        services.AddSingleton<IHostedService>(provider =>
            provider.GetRequiredService<IDbConnectionFactory>().Provider == DatabaseProvider.PostgreSql
                ? provider.GetRequiredService<PostgreSqlRevocationListener>()
                : provider.GetRequiredService<PolledRevocationFeed>());
    }
}
