using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Contracts;
using GovServices.Notifications.Delivery;
using GovServices.Permits.Contracts;
using Mediator;

namespace GovServices.Notifications.ListMessagesAbout;

/// <summary>The messages sent about one record, newest first; one page at a time.</summary>
/// <param name="Subject"><c>complaint:{id}</c> or <c>permit_application:{id}</c>.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor.</param>
internal sealed record ListMessagesAboutQuery(string? Subject, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<MessageAbout>>>;

/// <summary>
/// Staff see what was sent about a record they may read, by the owning module's own rule (asked through its contract);
/// admins see every record's. Addresses are masked: the view says whether and how a person was reached, not how to
/// reach them.
/// </summary>
internal sealed class ListMessagesAboutHandler(
    IDbConnectionFactory connections, ISqlDialect dialect, ICurrentActor actor, IComplaintReadAccess complaints, IPermitApplicationReadAccess applications)
    : IQueryHandler<ListMessagesAboutQuery, Result<CursorPage<MessageAbout>>>
{
    private static Error NotFound => Error.NotFound(
        "message_subject_not_found",
        Bilingual.Pick("No record with this id is visible to you.", "Data dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    public async ValueTask<Result<CursorPage<MessageAbout>>> Handle(ListMessagesAboutQuery query, CancellationToken cancellationToken)
    {
        var subject = MessageSubject.Parse(query.Subject)!;
        var readable = actor.IsInRole(Roles.Admin) || subject.Kind switch
        {
            MessageSubject.Complaint => await complaints.CanReadAsync(subject.Id, cancellationToken),
            _ => await applications.CanReadAsync(subject.Id, cancellationToken),
        };
        if (!readable)
            return NotFound;

        var request = PageRequest.Of(query.Limit, query.Cursor);
        var sql = new StringBuilder(ListMessagesAboutSql.Select);
        var parameters = new DynamicParameters(new { subject_ref = subject.ToString(), limit = request.Limit + 1 });
        if (KeysetCursor.Of(request.After) is { } after)
        {
            sql.Append("\n  AND (m.created_at < @after_time OR (m.created_at = @after_time AND m.id < @after_id))");
            parameters.Add("after_time", after.Time);
            parameters.Add("after_id", DeliveryId.Of(after.Id));
        }

        sql.Append("\nORDER BY m.created_at DESC, m.id DESC\n").Append(dialect.Limit("limit"));
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var page = request.ToPage(rows, row => new KeysetCursor(row.CreatedAt, DeliveryId.ToUuid(row.Id)).ToSortKey());
        return new CursorPage<MessageAbout>(
            [.. page.Items.Select(row => new MessageAbout(
                row.Id, row.Channel, MaskedAddress.Of(row.Address), row.TemplateId, row.TemplateVersion, row.Status, row.StatusReason,
                row.Attempts, row.LastError, row.CreatedAt, row.StatusUpdatedAt))],
            page.NextCursor);
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";

        public string Channel { get; init; } = "";

        public string? Address { get; init; }

        public string TemplateId { get; init; } = "";

        public int TemplateVersion { get; init; }

        public string Status { get; init; } = "";

        public string? StatusReason { get; init; }

        public int? Attempts { get; init; }

        public string? LastError { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset StatusUpdatedAt { get; init; }
    }
}
