using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.BuildingBlocks.Tests.Harness;

/// <summary>A sample command: writes one row of <c>sample.note</c>.</summary>
internal sealed record WriteNote(string Body) : ICommand<Result<Guid>>
{
    public const string InsertSql =
        """
        INSERT INTO sample.note (id, body, written_at, version)
        VALUES (@id, @body, @written_at, 1)
        """;

    public static async Task<Guid> InsertAsync(IUnitOfWork unitOfWork, string body, DateTimeOffset writtenAt)
    {
        var id = Guid.CreateVersion7(writtenAt);
        await unitOfWork.Connection.ExecuteAsync(InsertSql, new { id, body, written_at = writtenAt }, unitOfWork.Transaction);
        return id;
    }
}
