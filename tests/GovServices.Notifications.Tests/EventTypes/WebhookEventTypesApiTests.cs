using System.Net;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.EventTypes;
using GovServices.Notifications.Events;
using GovServices.Notifications.Webhooks;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests.EventTypes;

/// <summary>The event-types endpoint and the OpenAPI webhooks section read the same catalogue; the host's webhook client is guarded.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class WebhookEventTypesApiTests(DatabaseProvider provider)
{
    private GovServicesWebApplicationFactory? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await GovServicesWebApplicationFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Notifications:Webhooks:AllowPrivateAddresses"] = "false",
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
    public async Task Every_catalogued_type_is_listed_without_a_token_with_both_summaries_and_the_schema_of_its_data()
    {
        using var client = _host!.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/notifications/event-types", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = body.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(item => item.GetProperty("name").GetString()), Is.EqualTo(WebhookEventCatalogue.All.Select(type => type.Name)));

        var statusChanged = items.Single(item => item.GetProperty("name").GetString() == "complaint.status_changed");
        Assert.That(statusChanged.GetProperty("summary").GetProperty("en").GetString(), Does.Contain("complaint"));
        Assert.That(statusChanged.GetProperty("summary").GetProperty("id").GetString(), Does.Contain("Pengaduan"));
        Assert.That(statusChanged.GetProperty("subscribable").GetBoolean(), Is.True);
        var properties = statusChanged.GetProperty("dataSchema").GetProperty("properties");
        Assert.That(properties.EnumerateObject().Select(property => property.Name),
            Is.EquivalentTo(new[] { "complaintId", "trackingCode", "fromStatus", "toStatus", "category", "opd" }));
        Assert.That(items.Single(item => item.GetProperty("name").GetString() == WebhookEventCatalogue.Test).GetProperty("subscribable").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_openapi_document_has_one_webhook_per_catalogued_type_whose_data_is_its_payload_schema()
    {
        using var client = _host!.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var webhooks = document.RootElement.GetProperty("webhooks");
        Assert.That(webhooks.EnumerateObject().Select(webhook => webhook.Name), Is.EquivalentTo(WebhookEventCatalogue.All.Select(type => type.Name)));
        var body = webhooks.GetProperty("complaint.status_changed").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.That(body.GetProperty("properties").GetProperty("data").GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/ComplaintStatusChangedData"));
        var headers = webhooks.GetProperty("complaint.status_changed").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .Select(parameter => parameter.GetProperty("name").GetString());
        Assert.That(headers, Is.EqualTo(new[] { "webhook-id", "webhook-timestamp", "webhook-signature" }));
    }

    [Test]
    public void Every_catalogued_type_has_an_indonesian_summary() =>
        Assert.That(WebhookEventCatalogue.All.Where(type => WebhookEventTypeSummaries.IndonesianOf(type.Name) is null).Select(type => type.Name), Is.Empty);

    [Test]
    public void The_hosts_webhook_client_refuses_to_connect_to_loopback_when_private_addresses_are_not_allowed()
    {
        using var client = _host!.Services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookHttpHandler.ClientName);

        var refused = Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(new Uri("http://127.0.0.1:9/hooks"), null));

        Assert.That(refused!.InnerException, Is.InstanceOf<WebhookAddressRefusedException>());
    }
}
