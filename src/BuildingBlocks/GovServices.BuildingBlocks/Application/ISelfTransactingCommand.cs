using Mediator;

namespace GovServices.BuildingBlocks.Application;

/// <summary>
/// A command whose handler owns its transactions, so the unit-of-work behaviour does not wrap it: it calls another
/// module, which commits on its own, before its step (ADR 0015), or it commits in pieces so that a long upload holds
/// no transaction. Its handler sends the step as an ordinary command, or begins and commits each unit of work
/// itself (ADR 0038). Its handler is a plain <see cref="IRequestHandler{TRequest, TResponse}"/>.
/// </summary>
public interface ISelfTransactingCommand<TResponse> : IRequest<TResponse>;
