namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// A folder of files that a module keeps beside its schema (uploaded documents, say): part of the data, so backups
/// carry it with the database. A module declares it with <see cref="DataServiceCollectionExtensions.AddFileStore"/>.
/// </summary>
/// <param name="Name">A stable name, lower case: the folder's name inside a backup.</param>
/// <param name="Directory">Where the files are, as configured.</param>
public sealed record FileStore(string Name, string Directory);
