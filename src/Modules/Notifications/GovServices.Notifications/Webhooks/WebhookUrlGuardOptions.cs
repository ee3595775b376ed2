using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GovServices.Notifications.Webhooks;

/// <summary>What the SSRF guard lets through (section <c>Notifications:Webhooks</c>).</summary>
internal sealed record WebhookUrlGuardOptions
{
    /// <summary>
    /// <c>AllowPrivateAddresses</c>: accept http and any address, loopback included. True in Development (a developer's
    /// receiver on http://127.0.0.1), false everywhere else unless set — never set it on a public deployment.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>
    /// <c>AllowedHostSuffixes</c>: when any is given, a webhook's host must end with one (<c>.go.id</c> admits
    /// <c>sipd.bontangkota.go.id</c>; without the leading dot the suffix also admits the host itself). Empty: any public host.
    /// </summary>
    public IReadOnlyList<string> AllowedHostSuffixes { get; init; } = [];

    public static WebhookUrlGuardOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(NotificationsOptions.SectionName + ":Webhooks");
        var suffixes = section.GetSection("AllowedHostSuffixes").Get<string[]>() ?? [];
        if (suffixes.Any(suffix => string.IsNullOrWhiteSpace(suffix.Trim('.'))))
            throw new InvalidOperationException("Notifications:Webhooks:AllowedHostSuffixes must not hold an empty suffix.");
        return new WebhookUrlGuardOptions
        {
            AllowPrivateAddresses = section.GetValue("AllowPrivateAddresses", environment.IsDevelopment()),
            AllowedHostSuffixes = [.. suffixes.Select(suffix => suffix.Trim().ToLowerInvariant())],
        };
    }

    public bool AllowsHost(string host)
    {
        if (AllowedHostSuffixes.Count == 0)
            return true;
        var name = host.TrimEnd('.').ToLowerInvariant();
        return AllowedHostSuffixes.Any(suffix => suffix.StartsWith('.')
            ? name.EndsWith(suffix, StringComparison.Ordinal)
            : name == suffix || name.EndsWith("." + suffix, StringComparison.Ordinal));
    }
}
