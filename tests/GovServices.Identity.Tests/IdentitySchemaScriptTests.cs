using System.Text.RegularExpressions;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Data;
using GovServices.Testing;
using Microsoft.EntityFrameworkCore;

namespace GovServices.Identity.Tests;

/// <summary>
/// The identity schema is created by DbUp scripts like every other schema (ADR 0006), generated from the EF Core
/// model. This fails when a script no longer matches the model; run it with GOVSERVICES_UPDATE_SCHEMA=1 (or
/// build/export-identity-schema.sh) to regenerate the scripts, then review them and add them as a NEW script
/// if the old one has landed.
/// </summary>
internal sealed partial class IdentitySchemaScriptTests
{
    private const string UpdateVariable = "GOVSERVICES_UPDATE_SCHEMA";

    [TestCase(DatabaseProvider.Sqlite, "sqlite")]
    [TestCase(DatabaseProvider.PostgreSql, "postgres")]
    [TestCase(DatabaseProvider.SqlServer, "sqlserver")]
    public async Task The_committed_script_creates_exactly_the_ef_model(DatabaseProvider provider, string folder)
    {
        var generated = Generate(provider);
        var path = Path.Combine(Repository.Root, "src", "Modules", "Identity", "GovServices.Identity", "Data", "Scripts", folder, "0001_identity.sql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, generated);
            TestContext.Progress.WriteLine($"Wrote {path}.");
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.That(committed, Is.EqualTo(generated), $"{path} does not match the EF model. Regenerate with {UpdateVariable}=1.");
    }

    private static string Generate(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<IdentityDbContext>();
        IdentityDatabase.Configure(options, new DatabaseOptions
        {
            Provider = provider,
            DataDirectory = Path.GetTempPath(),
            ConnectionString = provider == DatabaseProvider.SqlServer ? "Server=unused;Database=unused" : "Host=unused;Database=unused",
        });
        using var context = new IdentityDbContext(options.Options);
        var script = context.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";
        var header = "-- Generated from the EF Core model of the Identity module (IdentitySchemaScriptTests). Do not edit by hand.\n\n";
        return header + (provider == DatabaseProvider.Sqlite ? IntoIdentitySchema(script) : script);
    }

    /// <summary>
    /// EF Core's SQLite provider writes unqualified names; our connections attach the identity file as "identity",
    /// so tables and indexes are created there explicitly (an index's table is then found in the same schema).
    /// </summary>
    private static string IntoIdentitySchema(string script) =>
        CreateStatement().Replace(script, match => $"{match.Groups["create"].Value}\"{IdentityModule.Schema}\".\"");

    [GeneratedRegex("(?<create>CREATE (UNIQUE )?(TABLE|INDEX) )\"")]
    private static partial Regex CreateStatement();
}
