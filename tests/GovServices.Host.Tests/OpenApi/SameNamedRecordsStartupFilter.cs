using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Incoming = GovServices.Host.Tests.OpenApi.Records.Incoming;
using Outgoing = GovServices.Host.Tests.OpenApi.Records.Outgoing;

namespace GovServices.Host.Tests.OpenApi;

/// <summary>
/// Adds described endpoints whose records share their names with a module's record (<see cref="StepNote"/>) and with
/// each other (the two <c>Attachment</c>s), as the application's own endpoints may one day.
/// </summary>
internal sealed class SameNamedRecordsStartupFilter : IStartupFilter
{
    public const string NotesPath = "/test/step-notes";
    public const string AttachmentsPath = "/test/attachments";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapPost(NotesPath, (StepNote note) => TypedResults.Ok(new CursorPage<StepNote>([note], NextCursor: null)))
                .AllowPublicAccess("A test endpoint.");
            endpoints.MapPost(AttachmentsPath, (Incoming.Attachment attachment) =>
                    TypedResults.Ok(new Outgoing.Attachment(new Uri($"https://files.example/{attachment.FileName}"))))
                .AllowPublicAccess("A test endpoint.");
        });
    };
}
