using System.Collections.Concurrent;

namespace GovServices.Testing.Databases;

/// <summary>
/// Stops the database servers that the test process started. A SetUpFixture cannot span test assemblies, so the
/// process exit is the backstop; a test assembly may also run it from its own one-time teardown, which NUnit
/// waits for, whereas the test host may be killed shortly after its last test.
/// </summary>
internal static class TestRunCleanup
{
    private static readonly TimeSpan _processExitBudget = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentStack<IAsyncDisposable> _resources = new();
    private static int _processExitHooked;

    public static void Register(IAsyncDisposable resource)
    {
        if (Interlocked.Exchange(ref _processExitHooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAsync().Wait(_processExitBudget);
        }

        _resources.Push(resource);
    }

    public static async Task RunAsync()
    {
        while (_resources.TryPop(out var resource))
        {
            try
            {
                await resource.DisposeAsync();
            }
            catch (Exception exception)
            {
                // Whatever a container or cluster throws on the way down, a server left behind must not turn a
                // green run red: the next local cluster clears abandoned ones, and Testcontainers reaps its own.
                TestContext.Progress.WriteLine($"Could not stop {resource}: {exception.Message}");
            }
        }
    }
}
