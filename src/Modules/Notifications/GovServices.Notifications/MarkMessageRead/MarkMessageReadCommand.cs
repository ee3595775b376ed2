using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.MarkMessageRead;

/// <summary>The signed-in person marks one of their inbox messages read; marking it again changes nothing.</summary>
internal sealed record MarkMessageReadCommand(string MessageId) : ICommand<Result<bool>>;

internal sealed class MarkMessageReadHandler(IUnitOfWork unitOfWork, ICurrentActor actor, TimeProvider clock) : ICommandHandler<MarkMessageReadCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(MarkMessageReadCommand command, CancellationToken cancellationToken)
    {
        var message = actor.UserId is null ? null : await unitOfWork.QuerySingleOrDefaultAsync<MessageRow>(
            MessageSql.SelectInboxMessage, new { id = command.MessageId, user_id = actor.UserId }, cancellationToken);
        if (message is null)
            return Error.NotFound("message_not_found", Bilingual.Pick(
                $"You have no message {command.MessageId}.", $"Anda tidak memiliki pesan {command.MessageId}."));
        await unitOfWork.ExecuteAsync(MessageSql.MarkRead, new { id = message.Id, user_id = actor.UserId, now = clock.GetUtcNow() }, cancellationToken);
        return true;
    }
}
