using GovServices.BuildingBlocks.Messaging;

namespace GovServices.BuildingBlocks.Tests.Messaging;

internal sealed record NoteWritten(Guid NoteId, string Body) : IIntegrationEvent;
