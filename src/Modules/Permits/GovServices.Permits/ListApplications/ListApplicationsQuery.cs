using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.ListApplications;

/// <summary>The applications the caller may see, newest first, filtered by status, permit type and overdue stage.</summary>
/// <param name="Status">Only applications in this status.</param>
/// <param name="PermitType">Only applications for this permit type.</param>
/// <param name="Overdue">true: only those whose current stage is past its due date; false: only those that are not.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
internal sealed record ListApplicationsQuery(string? Status = null, string? PermitType = null, bool? Overdue = null, int? Limit = null, string? Cursor = null)
    : IQuery<Result<CursorPage<ApplicationSummary>>>;

internal sealed class ListApplicationsHandler(
    IDbConnectionFactory connections, ICurrentActor actor, ApplicantDisclosure disclosure, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<ListApplicationsQuery, Result<CursorPage<ApplicationSummary>>>
{
    public async ValueTask<Result<CursorPage<ApplicationSummary>>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);

        var parameters = new DynamicParameters();
        var sql = new StringBuilder($"SELECT {ApplicationSql.SelectColumns}\nFROM permits.application\nWHERE ");
        if (!AddVisibility(sql, parameters))
            return new CursorPage<ApplicationSummary>([], null);

        if (query.Status is not null)
        {
            sql.Append("\n  AND status = @status");
            parameters.Add("status", query.Status);
        }

        if (query.PermitType is not null)
        {
            sql.Append("\n  AND type_code = @type_code");
            parameters.Add("type_code", query.PermitType);
        }

        var today = calendar.LocalDate(clock.GetUtcNow());
        if (query.Overdue is { } overdue)
        {
            var statuses = string.Join(", ", ApplicationStatus.WithCitySla.Select((_, index) => $"@sla_status_{index}"));
            sql.Append(overdue
                ? $"\n  AND stage_due_on < @today AND status IN ({statuses})"
                : $"\n  AND (stage_due_on IS NULL OR stage_due_on >= @today OR status NOT IN ({statuses}))");
            parameters.Add("today", today);
            for (var index = 0; index < ApplicationStatus.WithCitySla.Count; index++)
                parameters.Add($"sla_status_{index}", ApplicationStatus.WithCitySla[index]);
        }

        if (KeysetCursor.Of(page.After) is { } cursor)
        {
            sql.Append("\n  AND (created_at < @after_at OR (created_at = @after_at AND id < @after_id))");
            parameters.Add("after_at", cursor.Time);
            parameters.Add("after_id", cursor.Id);
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        sql.Append("\nORDER BY created_at DESC, id DESC\n").Append(connections.Dialect.Limit("limit"));
        parameters.Add("limit", page.Limit + 1);
        var rows = (await connection.QueryAsync<ApplicationRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var found = page.ToPage(rows, row => new KeysetCursor(row.CreatedAt, row.Id).ToSortKey());
        await disclosure.RecordStaffReadAsync(found.Items, "application.list", cancellationToken);
        return new CursorPage<ApplicationSummary>([.. found.Items.Select(row => ApplicationSummary.From(row, actor, calendar, today))], found.NextCursor);
    }

    /// <summary>
    /// Auditors see every application, officers their OPD's, citizens their own, apps what they applied for on others'
    /// behalf, and a back-office system bound to an OPD that OPD's besides (ADR 0051).
    /// </summary>
    private bool AddVisibility(StringBuilder sql, DynamicParameters parameters)
    {
        if (ApplicationAccess.IsAuditor(actor))
        {
            sql.Append("1 = 1");
            return true;
        }

        if (ApplicationAccess.IsPerson(actor) && actor.IsInRole(Roles.Officer) && actor.Opd is not null)
        {
            sql.Append("opd_code = @opd_code");
            parameters.Add("opd_code", actor.Opd);
            return true;
        }

        if (ApplicationAccess.IsCitizen(actor))
        {
            sql.Append("applicant_user_id = @applicant_user_id");
            parameters.Add("applicant_user_id", actor.UserId);
            return true;
        }

        if (OfficerOpd.IsSystem(actor))
        {
            sql.Append("(opd_code = @opd_code OR (applicant_user_id IS NULL AND applicant_client_id = @applicant_client_id))");
            parameters.Add("opd_code", actor.Opd);
            parameters.Add("applicant_client_id", actor.ClientId);
            return true;
        }

        if (!ApplicationAccess.IsPerson(actor) && actor.ClientId is not null)
        {
            sql.Append("applicant_user_id IS NULL AND applicant_client_id = @applicant_client_id");
            parameters.Add("applicant_client_id", actor.ClientId);
            return true;
        }

        return false;
    }
}
