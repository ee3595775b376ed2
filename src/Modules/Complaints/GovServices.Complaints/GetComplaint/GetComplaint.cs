using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.GetComplaint;

/// <summary>One complaint, if the caller may see it; otherwise as good as absent.</summary>
internal sealed record GetComplaint(Guid Id) : IQuery<Result<ComplaintView>>;

internal sealed class GetComplaintHandler(IDbConnectionFactory connections, ICurrentActor actor) : IQueryHandler<GetComplaint, Result<ComplaintView>>
{
    public static Error NotFound => Error.NotFound(
        "complaint_not_found",
        Messages.Pick("No complaint with this id is visible to you.", "Pengaduan dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    public async ValueTask<Result<ComplaintView>> Handle(GetComplaint query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(new CommandDefinition(
            ComplaintSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
        // Another's complaint answers like a missing one: its existence is not disclosed.
        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return NotFound;

        return new ComplaintView(
            complaint.Id,
            complaint.TrackingCode,
            complaint.Status,
            complaint.CategoryCode,
            complaint.OpdCode,
            complaint.Title,
            complaint.Description,
            complaint.Latitude,
            complaint.Longitude,
            complaint.Address,
            JsonSerializer.Deserialize<string[]>(complaint.MediaUrls) ?? [],
            complaint.Anonymous,
            complaint.Confidential,
            Reporter(complaint),
            complaint.FiledAt,
            complaint.VerificationDueOn,
            complaint.FollowUpDueOn,
            complaint.ResolutionDueOn,
            complaint.UpdatedAt) { Version = complaint.Version };
    }

    private ReporterView? Reporter(ComplaintRow complaint)
    {
        var reporterSide = ComplaintAccess.IsReporterSide(actor, complaint);
        if (complaint.Anonymous && !reporterSide)
            return null;
        if (complaint.ReporterName is null && complaint.ReporterContact is null && complaint.ReporterNik is null)
            return null;

        var nik = complaint.ReporterNik is null ? null
            : reporterSide ? complaint.ReporterNik
            : Nik.TryParse(complaint.ReporterNik, out var parsed, out _) ? parsed.ToMaskedString() : null;
        return new ReporterView(complaint.ReporterName, complaint.ReporterContact, nik);
    }
}
