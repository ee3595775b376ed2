using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

/// <summary>The module's schema and scope on each database: what every later test stands on.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class NotificationsSchemaTests(DatabaseProvider provider)
{
    private GovServicesWebApplicationFactory? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Identity:SeedDemoData"] = "true",
        });
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task The_demo_partner_app_and_opd_system_may_ask_for_notifications_manage_and_the_bank_channel_may_not()
    {
        var oauth = new OAuthTestClient(_host!);
        foreach (var client in new[] { "partner-app", "opd-system" })
        {
            var token = await oauth.ClientCredentialsAsync(client, "notifications.manage");
            Assert.That(token.AccessToken, Is.Not.Empty, client);
        }

        using var refused = await oauth.PostClientCredentialsAsync("bank-channel", "bank-channel-secret", "notifications.manage");
        Assert.That((int)refused.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task The_migrations_create_the_endpoint_delivery_and_attempt_tables()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        foreach (var table in new[] { "webhook_endpoint", "delivery", "delivery_attempt" })
            Assert.That(await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM notifications.{table}"), Is.Zero, table);
    }
}
