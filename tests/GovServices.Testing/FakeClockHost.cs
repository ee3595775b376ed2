using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace GovServices.Testing;

/// <summary>
/// The whole host on a fake clock that a test can set anywhere in time (<see cref="Travel"/>), except the token server:
/// its test certificates are valid from today only and its tokens are short-lived, so it keeps the real clock.
/// </summary>
public sealed class FakeClockHost(IReadOnlyDictionary<string, string?> settings, DateTimeOffset start) : GovServicesWebApplicationFactory(settings)
{
    private readonly TravellingClock _clock = new(start);

    /// <summary>From now on the host's time is <paramref name="instant"/>, running only when the test advances it.</summary>
    public FakeTimeProvider Travel(DateTimeOffset instant) => _clock.Travel(instant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.Configure<OpenIddictCoreOptions>(options => options.TimeProvider = TimeProvider.System);
            services.Configure<OpenIddictServerOptions>(options => options.TimeProvider = TimeProvider.System);
            services.Configure<OpenIddictValidationOptions>(options => options.TimeProvider = TimeProvider.System);
        });
    }

    /// <summary>A <see cref="FakeTimeProvider"/> that can be replaced by another, earlier one: fake clocks only move forward.</summary>
    private sealed class TravellingClock(DateTimeOffset start) : TimeProvider
    {
        private FakeTimeProvider _current = new(start);

        public FakeTimeProvider Travel(DateTimeOffset instant) => _current = new FakeTimeProvider(instant);

        public override DateTimeOffset GetUtcNow() => _current.GetUtcNow();

        public override long GetTimestamp() => _current.GetTimestamp();

        public override long TimestampFrequency => _current.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            _current.CreateTimer(callback, state, dueTime, period);
    }
}
