using GovServices.BuildingBlocks.Data;

namespace GovServices.Testing.Databases;

/// <summary>
/// Every provider the service runs on, for fixtures that must pass on each:
/// <c>[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]</c> on a fixture whose
/// constructor takes a <see cref="DatabaseProvider"/>. NUnit names each fixture after its provider,
/// e.g. <c>TestDatabaseTests(PostgreSql)</c>.
/// </summary>
public static class DatabaseMatrix
{
    public static IEnumerable<DatabaseProvider> Providers => Enum.GetValues<DatabaseProvider>();
}
