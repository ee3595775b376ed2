using GovServices.BuildingBlocks.Application;
using Mediator;

namespace GovServices.BuildingBlocks.Tests.Http;

/// <summary>
/// Stands in for the mediator in front of one note's handler, which checks the expected version as a module's
/// handler does: 412 when it is stale, the new version when the change is made.
/// </summary>
internal sealed class NoteTitleSender : ISender
{
    public sealed record NoteTitle(string Title, int Version);

    /// <summary>A change that runs in the unit of work.</summary>
    public sealed record RetitleNote(int ExpectedVersion, string Title) : ICommand<Result<NoteTitle>>;

    /// <summary>The same change as a command that owns its transactions.</summary>
    public sealed record RetitleNoteInSteps(int ExpectedVersion, string Title) : ISelfTransactingCommand<Result<NoteTitle>>;

    private readonly Lock _gate = new();

    public NoteTitle Current { get; private set; } = new("first", 1);

    public int Received { get; private set; }

    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default) =>
        command is RetitleNote retitle ? Answer<TResponse>(Retitle(retitle.ExpectedVersion, retitle.Title)) : throw Unknown(command);

    public ValueTask<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        request is RetitleNoteInSteps retitle ? Answer<TResponse>(Retitle(retitle.ExpectedVersion, retitle.Title)) : throw Unknown(request);

    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default) => throw Unknown(query);

    public ValueTask<object?> Send(object message, CancellationToken cancellationToken = default) => throw Unknown(message);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamQuery<TResponse> query, CancellationToken cancellationToken = default) => throw Unknown(query);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamRequest<TResponse> request, CancellationToken cancellationToken = default) => throw Unknown(request);

    public IAsyncEnumerable<TResponse> CreateStream<TResponse>(IStreamCommand<TResponse> command, CancellationToken cancellationToken = default) => throw Unknown(command);

    public IAsyncEnumerable<object?> CreateStream(object message, CancellationToken cancellationToken = default) => throw Unknown(message);

    private Result<NoteTitle> Retitle(int expectedVersion, string title)
    {
        lock (_gate)
        {
            Received++;
            if (title.Length == 0)
                return Error.Validation(new Dictionary<string, string[]> { ["title"] = ["Title must not be empty."] });
            if (expectedVersion != Current.Version)
                return Error.PreconditionFailed("The note has changed since you read it.");

            Current = new NoteTitle(title, Current.Version + 1);
            return Current;
        }
    }

    private static ValueTask<TResponse> Answer<TResponse>(Result<NoteTitle> result) => ValueTask.FromResult((TResponse)(object)result);

    private static NotSupportedException Unknown(object message) => new($"This sender handles only note titles, not {message.GetType().Name}.");
}
