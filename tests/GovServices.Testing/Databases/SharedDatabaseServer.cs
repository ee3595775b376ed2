namespace GovServices.Testing.Databases;

/// <summary>
/// The server of one provider that a test process shares to create its test databases on, or why there is none.
/// </summary>
internal sealed class SharedDatabaseServer
{
    private readonly string? _adminConnectionString;
    private readonly string? _unavailableReason;

    private SharedDatabaseServer(string? adminConnectionString, string? unavailableReason)
    {
        _adminConnectionString = adminConnectionString;
        _unavailableReason = unavailableReason;
    }

    public static SharedDatabaseServer Available(string adminConnectionString, string description)
    {
        TestContext.Progress.WriteLine(description);
        return new SharedDatabaseServer(adminConnectionString, unavailableReason: null);
    }

    public static SharedDatabaseServer Unavailable(string reason)
    {
        TestContext.Progress.WriteLine(reason);
        return new SharedDatabaseServer(adminConnectionString: null, reason);
    }

    /// <summary>Ignores the calling test when there is no server, so that it shows as skipped with the reason.</summary>
    public string AdminConnectionStringOrIgnore()
    {
        if (_unavailableReason is not null)
        {
            Assert.Ignore(_unavailableReason);
        }

        return _adminConnectionString!;
    }
}
