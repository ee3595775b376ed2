using System.Net;
using GovServices.BuildingBlocks.Application;
using GovServices.Notifications.Webhooks;

namespace GovServices.Notifications.Tests.Webhooks;

/// <summary>The SSRF guard on its own, with a resolver that answers what each test needs.</summary>
public sealed class WebhookUrlGuardTests
{
    private static readonly WebhookUrlGuardOptions GuardOn = new();

    [Test]
    public async Task An_https_url_whose_every_address_is_public_is_accepted()
    {
        var guard = Guard(GuardOn, "2606:4700::1", "203.0.114.1");

        var result = await guard.CheckAsync("https://receiver.example/hooks?x=1", CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value, Is.EqualTo(new Uri("https://receiver.example/hooks?x=1")));
    }

    [TestCase("http://receiver.example/hooks", WebhookUrlGuard.NotHttpsCode)]
    [TestCase("ftp://receiver.example/hooks", WebhookUrlGuard.MalformedCode)]
    [TestCase("/hooks", WebhookUrlGuard.MalformedCode)]
    [TestCase("not a url", WebhookUrlGuard.MalformedCode)]
    [TestCase("https://user:pass@receiver.example/hooks", WebhookUrlGuard.MalformedCode)]
    [TestCase("https://127.0.0.1/hooks", WebhookUrlGuard.NotPublicCode)]
    [TestCase("https://[::1]/hooks", WebhookUrlGuard.NotPublicCode)]
    [TestCase("https://169.254.169.254/latest/meta-data/", WebhookUrlGuard.NotPublicCode)]
    [TestCase("https://[::ffff:169.254.169.254]/", WebhookUrlGuard.NotPublicCode)]
    [TestCase("https://10.0.0.5:8443/hooks", WebhookUrlGuard.NotPublicCode)]
    public async Task A_refused_url_is_a_422_problem_with_its_own_code(string url, string code)
    {
        var result = await Guard(GuardOn, "8.8.8.8").CheckAsync(url, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Unprocessable));
        Assert.That(result.Error!.Code, Is.EqualTo(code));
    }

    [Test]
    public async Task A_host_with_one_private_address_among_public_ones_is_refused()
    {
        var result = await Guard(GuardOn, "8.8.8.8", "2001:4860::1", "192.168.1.20").CheckAsync("https://mixed.example/", CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(WebhookUrlGuard.NotPublicCode));
        Assert.That(result.Error!.Message, Does.Contain("192.168.1.20"));
    }

    [Test]
    public async Task A_host_that_does_not_resolve_is_refused()
    {
        var result = await Guard(GuardOn).CheckAsync("https://nowhere.example/", CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(WebhookUrlGuard.UnresolvableCode));
    }

    [TestCase("https://sipd.bontangkota.go.id/hooks", true)]
    [TestCase("https://SIPD.BontangKota.GO.ID./hooks", true)]
    [TestCase("https://go.id/hooks", false)]
    [TestCase("https://evil-go.id/hooks", false)]
    [TestCase("https://sipd.bontangkota.go.id.evil.example/hooks", false)]
    [TestCase("https://partner.example.com/hooks", true)]
    [TestCase("https://example.com/hooks", true)]
    [TestCase("https://notexample.com/hooks", false)]
    public async Task With_an_allow_list_only_hosts_ending_with_a_listed_suffix_are_accepted(string url, bool accepted)
    {
        var options = new WebhookUrlGuardOptions { AllowedHostSuffixes = [".go.id", "example.com"] };

        var result = await Guard(options, "8.8.8.8").CheckAsync(url, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.EqualTo(accepted), result.IsSuccess ? url : result.Error!.Message);
        if (!accepted)
            Assert.That(result.Error!.Code, Is.EqualTo(WebhookUrlGuard.HostNotAllowedCode));
    }

    [Test]
    public async Task With_private_addresses_allowed_http_on_loopback_is_accepted_as_in_development()
    {
        var guard = Guard(new WebhookUrlGuardOptions { AllowPrivateAddresses = true });

        Assert.That((await guard.CheckAsync("http://127.0.0.1:5099/hooks", CancellationToken.None)).IsSuccess, Is.True);
        Assert.That((await guard.CheckAsync("https://user:pass@127.0.0.1/", CancellationToken.None)).Error!.Code, Is.EqualTo(WebhookUrlGuard.MalformedCode));
    }

    [Test]
    public async Task The_connection_is_refused_when_the_host_resolves_to_loopback_at_connect_time_although_it_was_public_when_checked()
    {
        var answers = new Queue<IPAddress[]>([[IPAddress.Parse("93.184.215.14")], [IPAddress.Loopback]]);
        var guard = new WebhookUrlGuard(GuardOn, (_, _) => Task.FromResult(answers.Dequeue()));
        Assert.That((await guard.CheckAsync("https://rebinding.example/hooks", CancellationToken.None)).IsSuccess, Is.True);

        using var client = new HttpClient(WebhookHttpHandler.Create(guard, TimeSpan.FromSeconds(5)));
        var refused = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://rebinding.example:5099/hooks")));

        Assert.That(refused!.InnerException, Is.InstanceOf<WebhookAddressRefusedException>());
        Assert.That(refused.InnerException!.Message, Does.Contain("127.0.0.1"));
    }

    [Test]
    public void An_address_literal_of_the_metadata_service_is_never_connected_to()
    {
        var guard = Guard(GuardOn);
        using var client = new HttpClient(WebhookHttpHandler.Create(guard, TimeSpan.FromSeconds(5)));

        var refused = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://169.254.169.254/latest/meta-data/")));

        Assert.That(refused!.InnerException, Is.InstanceOf<WebhookAddressRefusedException>());
    }

    [Test]
    public void The_webhook_handler_never_follows_a_redirect_nor_uses_a_proxy()
    {
        using var handler = WebhookHttpHandler.Create(Guard(GuardOn), TimeSpan.FromSeconds(5));

        Assert.That(handler.AllowAutoRedirect, Is.False);
        Assert.That(handler.UseProxy, Is.False);
        Assert.That(handler.ConnectCallback, Is.Not.Null);
    }

    private static WebhookUrlGuard Guard(WebhookUrlGuardOptions options, params string[] addresses) =>
        new(options, (_, _) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray()));
}
