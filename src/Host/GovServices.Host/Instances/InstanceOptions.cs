namespace GovServices.Host.Instances;

/// <summary>The <c>Instances</c> section: how often an instance says it is alive, and when it no longer counts.</summary>
internal sealed class InstanceOptions
{
    public const string SectionName = "Instances";

    /// <summary>How often this instance refreshes its row (default 10 s).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An instance not seen for this long is not alive (default three heartbeats: one late write is no alarm).</summary>
    public TimeSpan AliveWithin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows of instances not seen for this long are deleted (default a day).</summary>
    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromDays(1);

    public static InstanceOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = new InstanceOptions
        {
            HeartbeatInterval = section.GetValue("HeartbeatInterval", TimeSpan.FromSeconds(10)),
            AliveWithin = section.GetValue("AliveWithin", TimeSpan.FromSeconds(30)),
            ForgetAfter = section.GetValue("ForgetAfter", TimeSpan.FromDays(1)),
        };
        if (options.HeartbeatInterval <= TimeSpan.Zero || options.AliveWithin <= options.HeartbeatInterval || options.ForgetAfter <= options.AliveWithin)
            throw new InvalidOperationException("Instances: HeartbeatInterval must be positive, AliveWithin longer than it, ForgetAfter longer than AliveWithin.");
        return options;
    }
}
