using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// A content store named <paramref name="name"/> (lower case, also its folder's name in a backup) keeping its files
    /// in <paramref name="directory"/> (see <see cref="StorageOptions.DirectoryOf"/>); injected as the keyed service
    /// <c>[FromKeyedServices(name)] IContentStore</c>, and declared as a <see cref="FileStore"/> so backups carry it.
    /// </summary>
    public static IServiceCollection AddContentStore(this IServiceCollection services, string name, string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        services.AddFileStore(new FileStore(name, directory));
        services.AddKeyedSingleton<IContentStore>(name, new FileSystemContentStore(directory));
        return services;
    }
}
