using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// Wraps each command in one transaction: committed once when the handler succeeds, rolled back when it
/// returns an error or throws. A command sent while a unit of work is already open (an idempotent request,
/// an event delivery) joins it, and its owner decides. Queries and <see cref="ISelfTransactingCommand{TResponse}"/>s
/// pass through: they are not <see cref="IBaseCommand"/>s.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || unitOfWork.IsActive)
            return await next(message, cancellationToken);

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            if (response is IOperationResult { IsSuccess: false })
                await unitOfWork.RollbackAsync(CancellationToken.None);
            else
                await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
