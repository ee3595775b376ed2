using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Contracts;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.ReissueInvoice;

/// <summary>
/// A new invoice for the assessed fee of an application whose last invoice expired: by the officer
/// (<see cref="ApplicationActions.ReissueInvoice"/>) or at the applicant's request
/// (<see cref="ApplicationActions.RequestNewInvoice"/>). Like the assessment, the invoice is committed in Payments
/// first, under the application's next invoice reference, so a retry never makes a second one (ADR 0062).
/// </summary>
/// <param name="Id">The application.</param>
/// <param name="ExpectedVersion">The version read (If-Match).</param>
/// <param name="Action">Which of the two steps.</param>
/// <param name="Note">A note kept in the history.</param>
internal sealed record ReissueInvoiceCommand(Guid Id, int ExpectedVersion, string Action, string? Note) : ISelfTransactingCommand<Result<ApplicationSummary>>;

internal sealed class ReissueInvoiceHandler(IDbConnectionFactory connections, ICurrentActor actor, IInvoiceIssuer invoices, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ReissueInvoiceCommand, Result<ApplicationSummary>>
{
    public static Error StillPayable => Error.Conflict(
        "invoice_still_payable",
        Bilingual.Pick("The application's invoice can still be paid; a new one is issued only once it has expired.", "Tagihan permohonan ini masih dapat dibayar; tagihan baru hanya diterbitkan setelah tagihan lama kedaluwarsa."));

    /// <summary>True while the application holds an invoice that has not expired: then no new one is issued.</summary>
    public static bool HasPayableInvoice(ApplicationRow application, DateTimeOffset now) =>
        application.InvoiceId is not null && application.InvoiceExpiresAt is { } expiresAt && expiresAt > now;

    public async ValueTask<Result<ApplicationSummary>> Handle(ReissueInvoiceCommand request, CancellationToken cancellationToken)
    {
        ApplicationRow application;
        PermitType type;
        int invoicesSoFar;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            var row = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
                ApplicationSql.SelectById, new { id = request.Id }, cancellationToken: cancellationToken));
            if (ApplicationLifecycle.Refusal(actor, row, request.Action, request.ExpectedVersion) is { } refusal)
                return refusal;
            application = row!;
            if (HasPayableInvoice(application, clock.GetUtcNow()))
                return StillPayable;
            type = (await connection.QuerySingleAsync<PermitTypeRow>(new CommandDefinition(
                PermitTypeSql.SelectByCode, new { code = application.TypeCode }, cancellationToken: cancellationToken))).ToPermitType();
            invoicesSoFar = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                ApplicationSql.CountInvoices, new { application_id = application.Id }, cancellationToken: cancellationToken));
        }

        var amount = application.FeeAmount ?? throw new InvalidOperationException($"Application {application.Id} awaits payment without a fee.");
        var invoice = await invoices.IssueAsync(
            new InvoiceRequest(
                PermitsModule.Schema,
                InvoiceReference.For(application.Id, invoicesSoFar + 1),
                amount,
                $"Retribusi {type.NameId}",
                application.ApplicantName,
                application.ApplicantNik,
                Audience: new EventAudience(application.ApplicantClientId, application.OpdCode)),
            cancellationToken);
        if (!invoice.IsSuccess)
            return invoice.Error;

        return await mediator.Send(new RecordNewInvoiceCommand(application.Id, request.ExpectedVersion, request.Action, invoice.Value, request.Note), cancellationToken);
    }
}
