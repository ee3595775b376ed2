using System.Collections.Concurrent;
using System.Text.Json;
using GovServices.Testing.Browsers;
using Microsoft.Playwright;

namespace GovServices.ApiClient.Tests;

/// <summary>
/// Swagger UI (<c>/swagger</c>) and ReDoc (<c>/docs</c>) in Debian's chromium under the host's Content-Security-Policy
/// (docs/adr/0064): each renders the document, with nothing refused by the policy, no failed request and no request to
/// anywhere but the host (a city network may be closed), ReDoc's attribution logo excepted (see its test).
/// </summary>
[NonParallelizable]
internal sealed class DocumentationPagesBrowserTests
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _operations;
    private int _webhooks;
    private string[] _tags = [];

    private const string RedoclyLogo = "https://cdn.redoc.ly/redoc/logo-mini";

    private static Uri BaseAddress => SharedHost.Host.BaseAddress;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        DebianChromium.IgnoreWhenMissing();
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);

        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        string[] methods = ["get", "put", "post", "delete", "patch"];
        _operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .Sum(path => path.Value.EnumerateObject().Count(operation => methods.Contains(operation.Name)));
        _webhooks = document.RootElement.GetProperty("webhooks").EnumerateObject().Count();
        _tags = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(operation => methods.Contains(operation.Name)))
            .SelectMany(operation => operation.Value.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!))
            .Distinct().ToArray();
    }

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in _browser.Contexts.ToList())
            await context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Test]
    public async Task Swagger_UI_renders_every_operation_with_nothing_refused_or_fetched_from_elsewhere()
    {
        var (page, trouble) = await OpenAsync("swagger");

        await RenderedAsync(page, page.Locator("#swagger-ui .opblock"), trouble);
        var rendered = await page.Locator("#swagger-ui .opblock").CountAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rendered, Is.EqualTo(_operations + _webhooks), "every operation and webhook of /openapi/v1.json");
            Assert.That(await page.Locator("#swagger-ui .authorize").CountAsync(), Is.EqualTo(1), "the Authorize button of the OAuth flows");
            Assert.That(trouble, Is.Empty);
        }
    }

    [Test]
    public async Task ReDoc_renders_every_tag_and_its_operations_with_nothing_refused_but_its_attribution_logo()
    {
        var (page, trouble) = await OpenAsync("docs");

        // ReDoc 3 renders a tag's section when it is scrolled to; the first one is on screen at once.
        await RenderedAsync(page, page.Locator("[data-section-id='/audit']").GetByText("/api/v1/audit/events"), trouble);
        var menu = await page.Locator("body").InnerTextAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_tags, Is.Not.Empty);
            foreach (var tag in _tags)
                Assert.That(menu, Does.Contain(tag), "every tag is in the menu");
            // ReDoc 3 draws Redocly's logo from its CDN in the menu, and no option turns it off: the policy refuses it in
            // the browser, so the request never leaves it, and the logo hides itself. Any other refusal fails.
            Assert.That(trouble.Where(line => !line.Contains(RedoclyLogo, StringComparison.Ordinal)), Is.Empty);
        }
    }

    /// <summary>Waits until the page shows the first of these, or fails with what went wrong on the way.</summary>
    private static async Task RenderedAsync(IPage page, ILocator locator, ConcurrentQueue<string> trouble)
    {
        try
        {
            await locator.First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{TestContext.CurrentContext.Test.MethodName}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
            Assert.Fail($"Nothing rendered within 30 s (screenshot: {screenshot}):\n{string.Join('\n', trouble)}");
        }
    }

    /// <summary>
    /// Opens a page and collects what went wrong while it loads: console errors (chromium reports every CSP refusal
    /// there), script errors, failed or refused requests, answers of 400 and above, and any request off the host.
    /// </summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Trouble)> OpenAsync(string path)
    {
        var trouble = new ConcurrentQueue<string>();
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var origin = BaseAddress.GetLeftPart(UriPartial.Authority);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                trouble.Enqueue($"console {message.Type} at {message.Location}: {message.Text}");
        };
        page.PageError += (_, error) => trouble.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) => trouble.Enqueue($"failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                trouble.Enqueue($"{response.Status}: {response.Url}");
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
                trouble.Enqueue($"off the host: {request.Url}");
        };

        var answer = await page.GotoAsync(new Uri(BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.That(answer?.Headers, Does.ContainKey("content-security-policy"), "the page is served under the host's policy");
        return (page, trouble);
    }
}
