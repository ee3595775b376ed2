using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.ProviderReceipts;

/// <summary>A provider's signed receipts move their messages' statuses on; an unknown message id is ignored.</summary>
internal sealed record ApplyReceiptsCommand(string Channel, IReadOnlyList<ProviderReceipt> Receipts) : ICommand<Result<int>>;

internal sealed class ApplyReceiptsHandler(IUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<ApplyReceiptsCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ApplyReceiptsCommand command, CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var receipt in command.Receipts.Where(receipt => receipt.Status is not null))
        {
            applied += await unitOfWork.ExecuteAsync(
                MessageSql.UpdateStatus,
                new
                {
                    id = receipt.MessageId,
                    channel = command.Channel,
                    status = receipt.Status,
                    status_reason = receipt.Reason is { Length: > 1000 } reason ? reason[..1000] : receipt.Reason,
                    now = clock.GetUtcNow(),
                },
                cancellationToken);
        }

        return applied;
    }
}
