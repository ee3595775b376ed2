using GovServices.Testing.Databases;

namespace GovServices.Audit.Tests;

/// <summary>
/// Stops the database servers that this assembly's tests started while NUnit still waits for it; the test host
/// may be ended soon after its last test, before a process exit handler is done.
/// </summary>
[SetUpFixture]
public sealed class SharedDatabaseServersTeardown
{
    [OneTimeTearDown]
    public Task StopSharedDatabaseServers() => TestDatabase.StopSharedServersAsync();
}
