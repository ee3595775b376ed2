using System.Net;
using System.Net.Http.Json;
using GovServices.Testing;

namespace GovServices.Notifications.Tests;

public sealed partial class WebhooksApiTests
{
    [Test]
    public async Task Creating_an_endpoint_shows_its_secret_once_and_stores_it_protected()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        var read = await GetAsync("partner-app", Of(endpoint.Id));
        var stored = await ScalarAsync<string>("SELECT secret FROM notifications.webhook_endpoint WHERE id = @id", new { id = Guid.Parse(endpoint.Id) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(endpoint.Secret, Does.StartWith("whsec_"));
            Assert.That(Convert.FromBase64String(endpoint.Secret["whsec_".Length..]), Has.Length.EqualTo(32));
            Assert.That(read["secret"], Is.Null, "the secret is never shown again");
            Assert.That(read["ownerClientId"]!.GetValue<string>(), Is.EqualTo("partner-app"));
            Assert.That(read["opd"], Is.Null);
            Assert.That(stored, Does.Not.Contain(endpoint.Secret["whsec_".Length..]), "stored protected, not as it is");
        }
    }

    [Test]
    public async Task Another_clients_endpoint_is_not_found_for_every_operation_and_an_admin_may_manage_it()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        using var other = Api("opd-system");
        using var read = await other.GetAsync(Of(endpoint.Id));
        using var updateRequest = new HttpRequestMessage(HttpMethod.Put, Of(endpoint.Id))
        {
            Content = JsonContent.Create(new { url = "https://example.test/", eventTypes = new[] { "complaint.status_changed" } }),
        };
        updateRequest.Headers.TryAddWithoutValidation("If-Match", endpoint.ETag);
        using var update = await other.SendAsync(updateRequest);
        using var disable = await other.PostAsync(Of(endpoint.Id, "disable"), null);
        using var rotate = await other.PostAsync(Of(endpoint.Id, "rotate-secret"), null);
        using var deliveries = await other.GetAsync(Of(endpoint.Id, "deliveries"));
        using var delete = await other.DeleteAsync(Of(endpoint.Id));
        var list = await GetAsync("opd-system", Webhooks);
        var asAdmin = await GetAsync("admin", Of(endpoint.Id));

        using (Assert.EnterMultipleScope())
        {
            foreach (var response in new[] { read, update, disable, rotate, deliveries, delete })
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), response.RequestMessage!.Method + " " + response.RequestMessage.RequestUri);
            Assert.That((await read.ReadProblemAsync()).Code, Is.EqualTo("webhook_endpoint_not_found"));
            Assert.That(list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()), Does.Not.Contain(endpoint.Id));
            Assert.That(asAdmin["id"]!.GetValue<string>(), Is.EqualTo(endpoint.Id));
        }
    }

    [Test]
    public async Task An_update_needs_the_current_etag_a_stale_one_is_412_and_a_missing_one_428()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        var fields = new { url = _receiver!.NewUrl(out _), eventTypes = new[] { "complaint.status_changed", "webhook_endpoint.disabled" }, description = "changed" };
        using var api = Api("partner-app");

        using var first = new HttpRequestMessage(HttpMethod.Put, Of(endpoint.Id)) { Content = JsonContent.Create(fields) };
        first.Headers.TryAddWithoutValidation("If-Match", endpoint.ETag);
        using var updated = await api.SendAsync(first);
        var body = await ReadAsync(updated, HttpStatusCode.OK);

        using var again = new HttpRequestMessage(HttpMethod.Put, Of(endpoint.Id)) { Content = JsonContent.Create(fields) };
        again.Headers.TryAddWithoutValidation("If-Match", endpoint.ETag);
        using var stale = await api.SendAsync(again);
        using var missing = await api.PutAsJsonAsync(Of(endpoint.Id), fields);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["eventTypes"]!.AsArray().Select(type => type!.GetValue<string>()), Is.EquivalentTo(fields.eventTypes));
            Assert.That(body["description"]!.GetValue<string>(), Is.EqualTo("changed"));
            Assert.That(updated.Headers.ETag!.Tag, Is.Not.EqualTo(endpoint.ETag));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
        }
    }

    [Test]
    public async Task An_unknown_event_type_is_422_and_a_missing_url_or_event_list_is_400()
    {
        using var api = Api("partner-app");
        using var unknown = await api.PostAsJsonAsync(Webhooks, new { url = _receiver!.NewUrl(out _), eventTypes = new[] { "complaint.status_changed", "complaint.teleported" } });
        using var ping = await api.PostAsJsonAsync(Webhooks, new { url = _receiver!.NewUrl(out _), eventTypes = new[] { "webhook.test" } });
        using var empty = await api.PostAsJsonAsync(Webhooks, new { url = "", eventTypes = Array.Empty<string>() });
        using var notAUrl = await api.PostAsJsonAsync(Webhooks, new { url = "ftp://example.test/hook", eventTypes = new[] { "complaint.status_changed" } });

        var unknownProblem = await unknown.ReadProblemAsync();
        var emptyErrors = System.Text.Json.Nodes.JsonNode.Parse(await empty.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(pair => pair.Key).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(unknownProblem.Code, Is.EqualTo("webhook_event_type_unknown"));
            Assert.That(unknownProblem.Detail, Does.Contain("complaint.teleported"));
            Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "the ping is not subscribable");
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(emptyErrors, Is.SupersetOf(new[] { "url", "eventTypes" }));
            Assert.That(notAUrl.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        }
    }

    [Test]
    public async Task The_list_pages_the_callers_endpoints_newest_first_with_a_cursor()
    {
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await SubscribeAsync("officer.dpmptsp", "complaint.status_changed")).Id);
            _host!.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var first = await GetAsync("officer.dpmptsp", new Uri("/api/v1/notifications/webhooks?limit=2", UriKind.Relative));
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await GetAsync("officer.dpmptsp", new Uri($"/api/v1/notifications/webhooks?limit=2&cursor={cursor}", UriKind.Relative));
        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(item => item!["id"]!.GetValue<string>()).ToList();

        Assert.That(ids.Take(3), Is.EqualTo(Enumerable.Reverse(created).ToList()));
    }

    [Test]
    public async Task A_deleted_endpoint_is_gone_and_a_disabled_one_can_be_enabled_again()
    {
        var endpoint = await SubscribeAsync("partner-app", "complaint.status_changed");
        using var disabled = await PostAsync("partner-app", Of(endpoint.Id, "disable"));
        var disabledBody = await ReadAsync(disabled, HttpStatusCode.OK);
        using var enabled = await PostAsync("partner-app", Of(endpoint.Id, "enable"));
        var enabledBody = await ReadAsync(enabled, HttpStatusCode.OK);
        using var api = Api("partner-app");
        using var deleted = await api.DeleteAsync(Of(endpoint.Id));
        using var afterwards = await api.GetAsync(Of(endpoint.Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(disabledBody["status"]!.GetValue<string>(), Is.EqualTo("disabled"));
            Assert.That(disabledBody["disabledReason"]!.GetValue<string>(), Is.EqualTo("manual"));
            Assert.That(enabledBody["status"]!.GetValue<string>(), Is.EqualTo("active"));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }
}
