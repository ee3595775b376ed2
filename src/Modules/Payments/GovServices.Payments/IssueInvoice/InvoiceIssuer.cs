using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments.IssueInvoice;

/// <summary>
/// <see cref="IInvoiceIssuer"/> for other modules: the same command as the HTTP endpoint, in a scope and transaction
/// of its own, so the invoice is committed before the caller sees its payment code.
/// </summary>
internal sealed class InvoiceIssuer(IServiceScopeFactory scopes) : IInvoiceIssuer
{
    public async Task<Result<IssuedInvoice>> IssueAsync(InvoiceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var issued = await mediator.Send(
            new IssueInvoiceCommand(
                new InvoiceSource(request.SourceModule, request.SourceReference),
                request.Amount,
                request.Description,
                request.PayerName,
                request.PayerNik,
                ExpiresAt: request.ExpiresAt)
            {
                Audience = request.Audience ?? new EventAudience(null, null),
            },
            cancellationToken);
        return issued.IsSuccess
            ? new IssuedInvoice(issued.Value.Invoice.Id, issued.Value.Invoice.PaymentCode, issued.Value.Invoice.Amount, issued.Value.Invoice.ExpiresAt, issued.Value.Created)
            : issued.Error;
    }
}
