using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace GovServices.Identity.Data;

/// <summary>
/// Users and roles (ASP.NET Core Identity), OpenIddict's applications, authorizations, scopes and tokens, and the
/// Data Protection key ring shared by all host instances. The one EF Core context of the system (ADR 0006); its
/// tables are created by the DbUp scripts under Data/Scripts, generated from this model.
/// </summary>
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityDbContext<GovUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (!Database.IsSqlite())
            builder.HasDefaultSchema(IdentityModule.Schema);

        builder.Entity<GovUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.Nik).HasMaxLength(16);
            user.Property(u => u.Opd).HasMaxLength(40);
            user.HasIndex(u => u.Nik).IsUnique();
        });
        builder.UseOpenIddict();
        // The revocation triggers (Scripts/*/0003_token_revocation.sql, ADR 0073): EF Core must not read back what it
        // writes with OUTPUT (SQL Server) or RETURNING (SQLite), which tables with triggers refuse.
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable(table => table.HasTrigger("token_revoked"));
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable(table => table.HasTrigger("authorization_revoked"));
    }
}
