using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;

namespace GovServices.Payments.Reconciliation;

/// <summary>Close a discrepancy with a note of what was found and done.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="ExpectedVersion">The version the officer read (If-Match).</param>
/// <param name="Note">What was found and done.</param>
internal sealed record ResolveReconciliationItemCommand(Guid ItemId, int ExpectedVersion, string Note) : ICommand<Result<ReconciliationItemView>>;

internal sealed class ResolveReconciliationItemHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ResolveReconciliationItemCommand, Result<ReconciliationItemView>>
{
    public async ValueTask<Result<ReconciliationItemView>> Handle(ResolveReconciliationItemCommand command, CancellationToken cancellationToken)
    {
        var item = await SelectAsync(command.ItemId, cancellationToken);
        if (item is null)
            return Error.NotFound("reconciliation_item_not_found", Bilingual.Pick("There is no such reconciliation item.", "Item rekonsiliasi tidak ditemukan."));
        if (item.Version != command.ExpectedVersion)
            return Error.PreconditionFailed(Bilingual.Pick("The item changed since you read it; read it again.", "Item telah berubah; baca ulang."));
        if (item.Status != "open")
            return Error.Conflict("reconciliation_item_resolved", Bilingual.Pick("The item is already resolved.", "Item sudah diselesaikan."));

        var updated = await unitOfWork.ExecuteAsync(
            ReconciliationSql.Resolve,
            new { id = item.Id, version = item.Version, note = command.Note.Trim(), now = clock.GetUtcNow(), resolved_by = actor.UserId ?? actor.ClientId },
            cancellationToken);
        if (updated == 0)
            return Error.PreconditionFailed(Bilingual.Pick("The item changed while it was being resolved; read it again.", "Item berubah saat diselesaikan; baca ulang."));

        await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "reconciliation_item.resolved", "reconciliation_item", item.Id.ToString(), Details: new { item.Kind, item.BankReference, note = command.Note.Trim() }), cancellationToken);
        return ReconciliationItemView.From((await SelectAsync(item.Id, cancellationToken))!);
    }

    private Task<ReconciliationItem?> SelectAsync(Guid id, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<ReconciliationItem>(ReconciliationSql.SelectItem, new { id }, cancellationToken);
}
