using GovServices.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovServices.Identity.Data;

/// <summary>
/// Lets the identity stores (EF Core, through OpenIddict's managers and ASP.NET Core Identity's) write inside the
/// command's unit of work, on its connection and transaction. Two reasons:
/// <list type="bullet">
/// <item>On SQLite the unit of work begins with <c>BEGIN IMMEDIATE</c>, which takes the write lock of every attached
/// file, <c>identity.db</c> included: EF Core writing on a connection of its own would wait for that lock until its
/// busy timeout and fail. An idempotent request (ADR 0007) always holds the unit of work open around its command.</item>
/// <item>The change, its audit row and (for idempotent creates) the stored response then commit or roll back
/// together, on every provider.</item>
/// </list>
/// The EF model needs no schema name on SQLite, where the unit of work's connection has the identity file attached:
/// SQLite resolves an unqualified table through the attached databases, and only <c>identity</c> holds these tables.
/// </summary>
internal static class IdentityUnitOfWork
{
    public static async Task JoinAsync(this IdentityDbContext db, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (!unitOfWork.IsActive)
            throw new InvalidOperationException("Identity changes run inside a command's unit of work.");
        if (db.Database.CurrentTransaction?.GetDbTransaction() == unitOfWork.Transaction)
            return;

        // The context may have read before (token validation does, on its own connection, now closed).
        db.Database.SetDbConnection(unitOfWork.Connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(unitOfWork.Transaction, cancellationToken);
    }
}
