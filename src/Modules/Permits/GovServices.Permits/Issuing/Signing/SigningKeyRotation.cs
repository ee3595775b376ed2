using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Permits.Issuing.Signing;

/// <summary>
/// Provisions the first database key before the host takes requests (so that issuing never has to write a key inside
/// a caller's transaction), and rotates it when it is due; every instance checks, one wins.
/// </summary>
internal sealed partial class SigningKeyRotation(
    PermitSigningKeyStore store,
    PermitSigningKeys keys,
    PermitIssuingOptions options,
    TimeProvider clock,
    ILogger<SigningKeyRotation> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.ProvisionAsync(cancellationToken);
        await keys.ReloadAsync(seen: null, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.KeyRotationCheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await store.ProvisionAsync(stoppingToken);
                    await keys.ReloadAsync(await keys.CurrentAsync(stoppingToken), stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The current key keeps signing; the next tick tries again.
                    LogRotationFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the permit signing key for rotation failed; the current key keeps signing.")]
    private partial void LogRotationFailed(Exception exception);
}
