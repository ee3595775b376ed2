using GovServices.Testing.Databases;

namespace GovServices.Identity.Tests;

/// <summary>Stops the database servers this assembly's tests started, while NUnit still waits for it.</summary>
[SetUpFixture]
public sealed class SharedDatabaseServersTeardown
{
    [OneTimeTearDown]
    public Task StopSharedDatabaseServers() => TestDatabase.StopSharedServersAsync();
}
