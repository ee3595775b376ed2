using System.Security.Claims;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.ApiKeys;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Seed;

/// <summary>
/// At start-up: makes sure the roles exist, and with <c>Identity:SeedDemoData</c> (on in Development) the
/// demo clients and users too. Runs before the server takes requests; running it again changes nothing. Instances
/// starting together take turns under a start-up lock, so the later ones find what the first created instead of
/// failing on its unique keys (docs/adr/0031).
/// </summary>
internal sealed partial class IdentitySeeder(
    IServiceScopeFactory scopes, ApiScopeCatalogue apiScopes, StartupLock startupLock, GovIdentityOptions options, TimeProvider clock, ILogger<IdentitySeeder> logger)
    : IHostedService
{
    private const string LockName = "identity-seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var held = await startupLock.AcquireAsync(LockName, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        if (!options.SeedDemoData)
            return;

        await SeedClientsAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), cancellationToken);
        await SeedUsersAsync(scope.ServiceProvider.GetRequiredService<UserManager<GovUser>>());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedClientsAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        foreach (var client in DemoAccounts.Clients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } existing)
            {
                await SeedApiKeyAsync(applications, client, existing, cancellationToken);
                continue;
            }

            var descriptor = ClientDescriptors.Create(
                client.ClientId,
                client.DisplayName,
                client.Kind,
                client.Secret,
                client.ScopesIn(apiScopes),
                client.RedirectUris.Select(uri => new Uri(uri)),
                client.PostLogoutRedirectUris.Select(uri => new Uri(uri)));
            if (client.ApiKey is not null)
                PartnerApiKey.Store(descriptor, client.ApiKey);
            ClientOpd.Set(descriptor, client.Opd);
            await applications.CreateAsync(descriptor, cancellationToken);
            LogSeeded("client", client.ClientId);
        }
    }

    /// <summary>An instance seeded before API keys existed gets its demo key; a key an admin issued since is kept.</summary>
    private static async Task SeedApiKeyAsync(IOpenIddictApplicationManager applications, DemoAccounts.DemoClient client, object application, CancellationToken cancellationToken)
    {
        if (client.ApiKey is null)
            return;

        var registered = await RegisteredClient.DescribeAsync(applications, application, cancellationToken);
        if (PartnerApiKey.HasKey(registered.Descriptor))
            return;

        PartnerApiKey.Store(registered.Descriptor, client.ApiKey);
        await applications.UpdateAsync(application, registered.Descriptor, cancellationToken);
    }

    private async Task SeedUsersAsync(UserManager<GovUser> users)
    {
        foreach (var demo in DemoAccounts.Users)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null)
                continue;

            var user = new GovUser
            {
                UserName = demo.UserName,
                Email = $"{demo.UserName}@demo.bontangkota.go.id",
                EmailConfirmed = true,
                FullName = demo.FullName,
                Opd = demo.Opd,
                Nik = demo.Nik,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Seeding user {demo.UserName} failed: {string.Join("; ", created.Errors.Select(error => error.Description))}");

            await users.AddToRoleAsync(user, demo.Role);
            if (demo.HeadsOpd)
                await users.AddClaimAsync(user, new Claim(GovClaims.OpdHead, "true"));
            LogSeeded("user", demo.UserName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo {Kind} {Name}")]
    private partial void LogSeeded(string kind, string name);
}
