using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GovServices.Identity.Data;

/// <summary>
/// The model differs per provider (SQLite has no schemas), so cached models are kept per provider: the script
/// generator builds the model for all three in one process.
/// </summary>
internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
