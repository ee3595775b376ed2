using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Issuing;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>
/// The real host on a fresh database, optionally on a fake clock (<see cref="FakeClockHost"/>), with a way to issue
/// permits the way the application lifecycle does: through <see cref="IPermitIssuer"/> inside a unit of work of its own
/// scope.
/// </summary>
internal sealed class IssuingHost : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private IssuingHost(TestDatabase database, IReadOnlyDictionary<string, string?> settings, GovServicesWebApplicationFactory host)
    {
        _database = database;
        DatabaseSettings = settings;
        Host = host;
    }

    /// <summary>The configuration of this host, database included: a second instance started with it shares the database.</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    /// <summary>Real tokens from this host's token endpoint, which keeps the real clock even when the host is on a fake one.</summary>
    public OAuthTestClient OAuth => new(Host);

    public GovServicesWebApplicationFactory Host { get; }

    /// <summary>The host's clock, when it was started on a fake one.</summary>
    public FakeTimeProvider? Clock => (Host as FakeClockHost)?.Clock;

    public IServiceProvider Services => Host.Services;

    public static async Task<IssuingHost> StartAsync(DatabaseProvider provider, DateTimeOffset? fakeNow = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var allSettings = database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("RateLimits:PublicRequestsPerMinute", "100000"))
            .Append(new("Logging:LogLevel:Default", "Warning"))
            .Concat(settings ?? new Dictionary<string, string?>())
            .GroupBy(setting => setting.Key)
            .ToDictionary(group => group.Key, group => group.Last().Value);
        var host = fakeNow is { } now ? new FakeClockHost(allSettings, now) : new GovServicesWebApplicationFactory(allSettings);
        host.CreateClient().Dispose();
        return new IssuingHost(database, allSettings, host);
    }

    /// <summary>Issues in a unit of work of its own, committed or rolled back as the caller's would be.</summary>
    public Task<IssuedPermit> IssueAsync(PermitToIssue permit, bool commit = true) => IssueAsync(Services, permit, commit);

    /// <inheritdoc cref="IssueAsync(PermitToIssue, bool)"/>
    public static async Task<IssuedPermit> IssueAsync(IServiceProvider services, PermitToIssue permit, bool commit = true)
    {
        await using var scope = services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync();
        try
        {
            var issued = await scope.ServiceProvider.GetRequiredService<IPermitIssuer>().IssueAsync(permit, CancellationToken.None);
            if (commit)
                await unitOfWork.CommitAsync();
            else
                await unitOfWork.RollbackAsync();
            return issued;
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }

    public async Task<IssuedPermit?> FindByApplicationAsync(Guid applicationId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPermitIssuer>().FindByApplicationAsync(applicationId, CancellationToken.None);
    }

    /// <summary>A PBG building approval as the lifecycle hands it over, for a fresh application.</summary>
    public static PermitToIssue Pbg(
        string permitType = "PBG",
        int? validityMonths = 60,
        string? applicantUserId = null,
        string? applicantClientId = null,
        string opd = "DPMPTSP",
        string? holderNik = "6474014107900001") =>
        new(Guid.CreateVersion7(), permitType, "Persetujuan Bangunan Gedung", ClassificationOf(permitType), opd, "Siti Rahmawati", holderNik, applicantUserId, applicantClientId, validityMonths);

    /// <summary>
    /// Each test type numbers under a classification code of its own, as the catalogue requires: two types sharing one
    /// would issue the same numbers.
    /// </summary>
    public static string ClassificationOf(string permitType) => permitType == "PBG" ? "600.1.15" : $"600.1.15.{permitType}";

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
