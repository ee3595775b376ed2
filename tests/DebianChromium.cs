using Microsoft.Playwright;

namespace GovServices.Testing.Browsers;

/// <summary>
/// Debian's chromium, headless, driven by Playwright (docs/adr/0057); Playwright's own browser download is not
/// used. The browser test projects compile this one file (their project files link it): the Playwright package stays
/// out of the projects that drive no browser.
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Skips the calling fixture, with the reason, on a machine without chromium.</summary>
    public static void IgnoreWhenMissing()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Ignore($"{ExecutablePath} is not installed (apt-get install chromium; .ci/run installs it): the browser tests need it.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a container has no user namespaces for chromium's sandbox.
            Args = ["--no-sandbox"],
        });
}
