namespace GovServices.BuildingBlocks.Http;

/// <summary>One page of a list. <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);
