using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using GovServices.Permits.Issuing;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.GetApplication;

/// <summary>One application with its documents and history, if the caller may see it; otherwise as good as absent.</summary>
internal sealed record GetApplicationQuery(Guid Id) : IQuery<Result<ApplicationView>>;

internal sealed class GetApplicationHandler(
    IDbConnectionFactory connections, ICurrentActor actor, IPermitIssuer permits, ApplicantDisclosure disclosure, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<GetApplicationQuery, Result<ApplicationView>>
{
    public async ValueTask<Result<ApplicationView>> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
            ApplicationSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
        if (row is null || !ApplicationAccess.CanRead(actor, row))
            return ApplicationLifecycle.NotFound;

        var documents = await connection.QueryAsync<DocumentRow>(new CommandDefinition(
            ApplicationSql.SelectDocuments, new { application_id = row.Id }, cancellationToken: cancellationToken));
        var history = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            ApplicationSql.SelectHistory, new { application_id = row.Id }, cancellationToken: cancellationToken));
        var permit = row.PermitId is null ? null : await permits.FindByApplicationAsync(row.Id, cancellationToken);
        await disclosure.RecordStaffReadAsync([row], "application.read", cancellationToken);

        return new ApplicationView(
            row.Id,
            row.TypeCode,
            row.OpdCode,
            row.Status,
            new ApplicantView(row.ApplicantName, ApplicationSummary.VisibleNik(row, actor), row.ApplicantPhone, row.ApplicantEmail),
            PermitsJson.Deserialize<Dictionary<string, JsonElement>>(row.Form),
            row.RevisionItems is null ? null : PermitsJson.Deserialize<RevisionItem[]>(row.RevisionItems),
            row.DecisionNote,
            row.StageDueOn,
            row.StageDueOn is { } dueOn && calendar.IsProvisional(dueOn),
            ApplicationSummary.IsOverdue(row, calendar.LocalDate(clock.GetUtcNow())),
            row.FeeAmount is { } amount ? new FeeView(amount, row.InvoiceId, row.PaymentCode, row.InvoiceExpiresAt, row.ReceiptNumber) : null,
            permit is null ? null : new PermitView(permit.Id, permit.Number, permit.ValidFrom, permit.ValidUntil, permit.IssuedAt, permit.Token),
            [.. documents.Select(document => new DocumentView(document.Id, document.DocumentCode, document.FileName, document.Format, document.SizeBytes, document.Sha256, document.UploadedAt))],
            [.. history.Select(entry => Entry(entry, row))],
            row.CreatedAt,
            row.SubmittedAt,
            row.DecidedAt,
            row.UpdatedAt) { Version = row.Version };
    }

    /// <summary>
    /// One step as this reader sees it: everyone sees the role and, for the OPD's steps, the OPD (the application's,
    /// which never changes); the applicant's side sees no staff's or system's ids, only its own.
    /// </summary>
    private HistoryEntry Entry(HistoryRow entry, ApplicationRow application)
    {
        var role = HistoryActorRole.Of(entry);
        var shownIds = role == HistoryActorRole.Applicant || ApplicationAccess.IsReviewer(actor, application) || ApplicationAccess.IsAuditor(actor);
        return new HistoryEntry(
            entry.OccurredAt,
            entry.Action,
            entry.FromStatus,
            entry.ToStatus,
            shownIds ? entry.ActorClientId : null,
            shownIds ? entry.ActorUserId : null,
            entry.Note,
            entry.Details is null ? null : JsonDocument.Parse(entry.Details).RootElement.Clone(),
            role,
            role is HistoryActorRole.Officer or HistoryActorRole.OpdSystem ? application.OpdCode : null);
    }
}
