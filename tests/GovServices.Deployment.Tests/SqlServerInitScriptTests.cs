using GovServices.Testing;
using GovServices.Testing.SqlServer;

namespace GovServices.Deployment.Tests;

/// <summary>The script the SQL Server topology's <c>sqlserver-init</c> runs with sqlcmd, checked with Microsoft's T-SQL parser.</summary>
public sealed class SqlServerInitScriptTests
{
    private const string ScriptPath = "deploy/compose/sqlserver/create-database.sql";

    [Test]
    public void The_script_is_valid_T_SQL() => SqlServerSyntax.AssertParses(Repository.Read(ScriptPath));

    [Test]
    public void Sqlserver_init_runs_the_mounted_script_with_the_password_variable_it_uses()
    {
        var init = ComposeFile.Load("deploy/compose/sqlserver/compose.yaml").Services["sqlserver-init"];
        var mount = init.Volumes.Single(volume => volume.StartsWith("./create-database.sql:", StringComparison.Ordinal)).Split(':');

        Assert.Multiple(() =>
        {
            Assert.That(init.Entrypoint, Does.Contain(mount[1]), "sqlcmd -i names the mounted script");
            Assert.That(Repository.Read(ScriptPath), Does.Contain("$(GOVSERVICES_DB_PASSWORD)"));
            Assert.That(init.Environment, Does.ContainKey("GOVSERVICES_DB_PASSWORD"), "sqlcmd reads its variables from the environment");
        });
    }
}
