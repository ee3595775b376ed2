using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.BuildingBlocks.Observability;

/// <summary>
/// Creates a set of instruments when the host starts. Observable instruments exist only once their owner is built,
/// and nothing else asks for an owner that only reports: without this, a gauge would appear only after some request
/// happened to need its class.
/// </summary>
/// <typeparam name="TInstruments">The class whose constructor creates the instruments.</typeparam>
internal sealed class ObservedInstruments<TInstruments>(IServiceProvider services) : IHostedService
    where TInstruments : class
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TInstruments>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
