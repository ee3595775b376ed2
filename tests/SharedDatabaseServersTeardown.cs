using GovServices.Testing.Databases;

/// <summary>
/// Stops the database servers that this assembly's tests started while NUnit still waits for it; the test host
/// may be ended soon after its last test, before a process exit handler is done. Outside any namespace, it runs
/// once around the whole assembly; tests/Directory.Build.props compiles this one file into every test project.
/// </summary>
[SetUpFixture]
public sealed class SharedDatabaseServersTeardown
{
    [OneTimeTearDown]
    public Task StopSharedDatabaseServers() => TestDatabase.StopSharedServersAsync();
}
