using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.MyPreferences;

/// <summary>The signed-in person's channels and language (the defaults until they choose).</summary>
internal sealed record GetMyPreferencesQuery : IQuery<Result<MessagePreferences>>;

/// <summary>
/// The signed-in person chooses the channels they are reached on besides the in-app inbox, and the language: each
/// false is an opt-out of that channel, from the next message on.
/// </summary>
/// <param name="Email">Messages by email.</param>
/// <param name="Sms">Messages by SMS.</param>
/// <param name="WhatsApp">Messages by WhatsApp.</param>
/// <param name="Language"><c>id</c> (the default) or <c>en</c>.</param>
internal sealed record SetMyPreferencesCommand(bool Email, bool Sms, bool WhatsApp, string? Language = null) : ICommand<Result<MessagePreferences>>;

internal sealed class GetMyPreferencesHandler(IDbConnectionFactory connections, ICurrentActor actor) : IQueryHandler<GetMyPreferencesQuery, Result<MessagePreferences>>
{
    public async ValueTask<Result<MessagePreferences>> Handle(GetMyPreferencesQuery query, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
            return MessagePreferences.Default;
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MessagePreferenceRow>(new CommandDefinition(
            MessageSql.SelectPreference, new { user_id = actor.UserId }, cancellationToken: cancellationToken));
        return row?.ToPreferences() ?? MessagePreferences.Default;
    }
}

internal sealed class SetMyPreferencesHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SetMyPreferencesCommand, Result<MessagePreferences>>
{
    public async ValueTask<Result<MessagePreferences>> Handle(SetMyPreferencesCommand command, CancellationToken cancellationToken)
    {
        var userId = actor.UserId ?? throw new InvalidOperationException("Preferences are a signed-in person's.");
        var preferences = new MessagePreferences(command.Email, command.Sms, command.WhatsApp, command.Language ?? MessagePreferences.Default.Language);
        await unitOfWork.ExecuteAsync(MessageSql.DeletePreference, new { user_id = userId }, cancellationToken);
        await unitOfWork.ExecuteAsync(
            MessageSql.InsertPreference,
            new { user_id = userId, email = preferences.Email, sms = preferences.Sms, whatsapp = preferences.WhatsApp, language = preferences.Language, updated_at = clock.GetUtcNow() },
            cancellationToken);
        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("message_preference.set", "user", userId, Details: new { preferences.Email, preferences.Sms, preferences.WhatsApp, preferences.Language }),
            cancellationToken);
        return preferences;
    }
}
