using GovServices.BuildingBlocks.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Identity.Server;

/// <summary>
/// Makes sure the shared Data Protection key ring has a key before anything protects with it. Data Protection creates
/// the first key on first use; instances started together on an empty database each created one, and each protected
/// with its own (sessions, antiforgery tokens, permit and bank channel keys) until its cached ring was refreshed, so an
/// instance could not read what another had just written. Under a start-up lock the first instance creates the key and
/// the others find it. It runs in <see cref="StartingAsync"/>, before any hosted service starts, because Data
/// Protection's own hosted service resolves (and so may create) the key ring in its <c>StartAsync</c>.
/// </summary>
internal sealed class KeyRingProvisioning(IDataProtectionProvider dataProtection, StartupLock startupLock) : IHostedLifecycleService
{
    private const string LockName = "data-protection-key-ring";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var held = await startupLock.AcquireAsync(LockName, cancellationToken);
        // Protecting anything resolves the key ring: it reads the keys stored so far and creates one only if none is usable.
        dataProtection.CreateProtector(typeof(KeyRingProvisioning).FullName!).Protect([0]);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
