using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.Templates;

/// <summary>Every message template, each as it is now (the shipped text or its last edit).</summary>
internal sealed record ListTemplatesQuery : IQuery<Result<IReadOnlyList<TemplateView>>>;

/// <summary>One template as it is now.</summary>
internal sealed record GetTemplateQuery(string Id, string Channel, string Language) : IQuery<Result<TemplateView>>;

internal sealed class ListTemplatesHandler(IDbConnectionFactory connections) : IQueryHandler<ListTemplatesQuery, Result<IReadOnlyList<TemplateView>>>
{
    public async ValueTask<Result<IReadOnlyList<TemplateView>>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var edited = (await connection.QueryAsync<MessageTemplateRow>(new CommandDefinition(MessageTemplateSql.SelectAll, cancellationToken: cancellationToken)))
            .ToDictionary(row => (row.Id, row.Channel, row.Language));
        return DefaultTemplates.All
            .Select(template => edited.TryGetValue((template.Id, template.Channel, template.Language), out var row) ? row.ToTemplate() : template)
            .Select(TemplateView.From)
            .ToList();
    }
}

internal sealed class GetTemplateHandler(IDbConnectionFactory connections) : IQueryHandler<GetTemplateQuery, Result<TemplateView>>
{
    public async ValueTask<Result<TemplateView>> Handle(GetTemplateQuery query, CancellationToken cancellationToken)
    {
        var shipped = DefaultTemplates.Find(query.Id, query.Channel, query.Language);
        if (shipped is null)
            return TemplateErrors.NotFound(query.Id, query.Channel, query.Language);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var edited = await connection.QuerySingleOrDefaultAsync<MessageTemplateRow>(new CommandDefinition(
            MessageTemplateSql.Select, new { id = query.Id, channel = query.Channel, language = query.Language }, cancellationToken: cancellationToken));
        return TemplateView.From(edited?.ToTemplate() ?? shipped);
    }
}

internal static class TemplateErrors
{
    public static Error NotFound(string id, string channel, string language) => Error.NotFound("message_template_not_found", Bilingual.Pick(
        $"There is no template {id} for {channel} in '{language}'.",
        $"Tidak ada templat {id} untuk {channel} dalam bahasa '{language}'."));
}
