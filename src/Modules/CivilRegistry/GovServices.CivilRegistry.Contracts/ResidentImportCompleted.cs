using GovServices.BuildingBlocks.Messaging;

namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// A resident import finished, read to its end or stopped by a file that could not be read further; so that the
/// client that started it learns the outcome without polling the import. Carries counts only, never resident data.
/// </summary>
/// <param name="ImportId">The import.</param>
/// <param name="Status"><c>completed</c> (every row read) or <c>failed</c> (the file stopped being readable; rows before that are in).</param>
/// <param name="RowsRead">Rows read from the file.</param>
/// <param name="RowsInserted">Residents added.</param>
/// <param name="RowsUpdated">Residents changed.</param>
/// <param name="RowsRejected">Rows refused as invalid; the import's error report says why.</param>
/// <param name="CompletedAt">When it finished (UTC).</param>
/// <param name="Audience">The client that started the import; no OPD.</param>
public sealed record ResidentImportCompleted(
    Guid ImportId,
    string Status,
    long RowsRead,
    long RowsInserted,
    long RowsUpdated,
    long RowsRejected,
    DateTimeOffset CompletedAt,
    EventAudience Audience) : IAudiencedEvent;
