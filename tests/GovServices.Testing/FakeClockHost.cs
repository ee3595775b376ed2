using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace GovServices.Testing;

/// <summary>
/// The whole host on a fake clock that a test can advance (<see cref="Clock"/>) or set anywhere in time
/// (<see cref="Travel"/>), except the token server: its test certificates are valid from today only and its tokens are
/// short-lived, so it keeps the real clock. Several of them on one database behave as several instances of the city's
/// deployment, each on a clock of its own.
/// </summary>
/// <param name="settings">Configuration keys and values, as for <see cref="GovServicesWebApplicationFactory"/>.</param>
/// <param name="start">The host's time when it starts.</param>
/// <param name="services">Extra services for the test (subscribers, probes), registered after the host's own.</param>
/// <param name="environment">The hosting environment name, as for <see cref="GovServicesWebApplicationFactory"/>.</param>
public sealed class FakeClockHost(
    IReadOnlyDictionary<string, string?> settings, DateTimeOffset start, Action<IServiceCollection>? services = null, string environment = GovServicesWebApplicationFactory.TestingEnvironment)
    : GovServicesWebApplicationFactory(settings, environment)
{
    private readonly TravellingClock _clock = new(start);

    /// <summary>The host's clock now, running only when the test advances it (until the next <see cref="Travel"/>).</summary>
    public FakeTimeProvider Clock => _clock.Current;

    /// <summary>From now on the host's time is <paramref name="instant"/>, running only when the test advances it.</summary>
    public FakeTimeProvider Travel(DateTimeOffset instant) => _clock.Travel(instant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddSingleton<TimeProvider>(_clock);
            testServices.Configure<OpenIddictCoreOptions>(options => options.TimeProvider = TimeProvider.System);
            testServices.Configure<OpenIddictServerOptions>(options => options.TimeProvider = TimeProvider.System);
            testServices.Configure<OpenIddictValidationOptions>(options => options.TimeProvider = TimeProvider.System);
            services?.Invoke(testServices);
        });
    }

    /// <summary>A <see cref="FakeTimeProvider"/> that can be replaced by another, earlier one: fake clocks only move forward.</summary>
    private sealed class TravellingClock(DateTimeOffset start) : TimeProvider
    {
        public FakeTimeProvider Current { get; private set; } = new(start);

        public FakeTimeProvider Travel(DateTimeOffset instant) => Current = new FakeTimeProvider(instant);

        public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

        public override long GetTimestamp() => Current.GetTimestamp();

        public override long TimestampFrequency => Current.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            Current.CreateTimer(callback, state, dueTime, period);
    }
}
