using System.Text.Json;
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

namespace GovServices.Permits.AssessFee;

/// <summary>
/// An officer of the issuing OPD assesses the fee of an approved application and an invoice is issued in Payments.
/// The invoice is committed in Payments' own transaction before the step is recorded here; it is idempotent on the
/// application, so a retried or lost answer never makes a second invoice.
/// </summary>
/// <param name="Id">The application.</param>
/// <param name="ExpectedVersion">The version read (If-Match).</param>
/// <param name="Amount">Whole rupiah, for a permit type whose fee an officer assesses; otherwise left out (or equal to the computed fee).</param>
/// <param name="Note">A note kept in the history.</param>
internal sealed record AssessFeeCommand(Guid Id, int ExpectedVersion, long? Amount, string? Note) : ISelfTransactingCommand<Result<ApplicationSummary>>;

internal sealed class AssessFeeHandler(IDbConnectionFactory connections, ICurrentActor actor, IInvoiceIssuer invoices, IMediator mediator)
    : IRequestHandler<AssessFeeCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(AssessFeeCommand request, CancellationToken cancellationToken)
    {
        ApplicationRow application;
        PermitType type;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            var row = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
                ApplicationSql.SelectById, new { id = request.Id }, cancellationToken: cancellationToken));
            if (ApplicationLifecycle.Refusal(actor, row, ApplicationActions.AssessFee, request.ExpectedVersion) is { } refusal)
                return refusal;
            application = row!;
            type = (await connection.QuerySingleAsync<PermitTypeRow>(new CommandDefinition(
                PermitTypeSql.SelectByCode, new { code = application.TypeCode }, cancellationToken: cancellationToken))).ToPermitType();
        }

        var amount = Amount(request, type, application);
        if (!amount.IsSuccess)
            return amount.Error;

        var invoice = await invoices.IssueAsync(
            new InvoiceRequest(
                PermitsModule.Schema,
                InvoiceReference.For(application.Id, 1),
                amount.Value,
                $"Retribusi {type.NameId}",
                application.ApplicantName,
                application.ApplicantNik,
                Audience: new EventAudience(application.ApplicantClientId, application.OpdCode)),
            cancellationToken);
        if (!invoice.IsSuccess)
            return invoice.Error;

        return await mediator.Send(new RecordFeeAssessmentCommand(application.Id, request.ExpectedVersion, invoice.Value, request.Note), cancellationToken);
    }

    private static Result<long> Amount(AssessFeeCommand request, PermitType type, ApplicationRow application)
    {
        var computed = type.Fee.Compute(PermitsJson.Deserialize<Dictionary<string, JsonElement>>(application.Form));
        if (computed is null)
        {
            return request.Amount is > 0
                ? request.Amount.Value
                : Refuse("fee_amount_required", Bilingual.Pick("This permit's fee is assessed by the officer: give the amount in whole rupiah.", "Retribusi izin ini ditetapkan petugas: isi jumlahnya dalam rupiah."));
        }

        if (request.Amount is { } given && given != computed)
        {
            return Refuse(
                "fee_is_computed",
                Bilingual.Pick($"This permit's fee follows its rule: Rp {computed:N0}. Leave the amount out.", $"Retribusi izin ini mengikuti ketentuannya: Rp {computed:N0}. Kosongkan jumlahnya."));
        }

        return computed.Value > 0
            ? computed.Value
            : Refuse("fee_not_payable", Bilingual.Pick("The computed fee is zero: nothing to invoice.", "Retribusi yang dihitung nol: tidak ada yang ditagihkan."));
    }

    private static Error Refuse(string code, string message) =>
        new(code, message, ErrorKind.Unprocessable, new Dictionary<string, string[]> { ["amount"] = [message] });
}
