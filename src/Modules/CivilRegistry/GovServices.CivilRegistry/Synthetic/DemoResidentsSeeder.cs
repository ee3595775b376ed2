using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.CivilRegistry.Synthetic;

/// <summary>
/// With <c>CivilRegistry:SeedDemoData</c> (on in Development): fills an empty registry with a few thousand
/// synthetic residents of Bontang, and the demo citizen whose NIK the demo account carries. Instances starting
/// together take turns under a start-up lock: the registry is empty for the first only (docs/adr/0031).
/// </summary>
internal sealed partial class DemoResidentsSeeder(
    IServiceScopeFactory scopes, StartupLock startupLock, TimeProvider clock, ILogger<DemoResidentsSeeder> logger)
    : IHostedService
{
    private const string LockName = "civil-registry-demo-residents";

    public const int SyntheticResidents = 3_000;
    private const int RowsPerInsert = 100;
    private const int Seed = 2026;

    /// <summary>The resident behind the demo citizen account (Identity's demo seed uses the same NIK).</summary>
    public static readonly Resident DemoCitizen = new()
    {
        Nik = "6474014107900001",
        Kk = "6474010101150001",
        FullName = "Siti Rahmawati",
        BirthPlace = "Bontang",
        BirthDate = new DateOnly(1990, 7, 1),
        Sex = Sex.Female,
        Religion = "Islam",
        MaritalStatus = "Kawin",
        Occupation = "Guru",
        Street = "Jl. Pattimura No. 12",
        Rt = "004",
        Rw = "002",
        KelurahanCode = "64.74.01.1001",
        Kelurahan = "Bontang Kuala",
        KecamatanCode = "64.74.01",
        Kecamatan = "Bontang Utara",
        Status = ResidentStatus.Active,
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var held = await startupLock.AcquireAsync(LockName, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        var existing = await unitOfWork.ExecuteScalarAsync<long>(ResidentSql.Count, null, cancellationToken);
        if (existing > 0)
        {
            await unitOfWork.RollbackAsync(cancellationToken);
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var residents = new SyntheticResidentGenerator(Seed, today)
            .Generate(SyntheticResidents)
            .Where(resident => resident.Nik != DemoCitizen.Nik)
            .Prepend(DemoCitizen);
        foreach (var batch in residents.Chunk(RowsPerInsert))
        {
            var parameters = new DynamicParameters();
            for (var row = 0; row < batch.Length; row++)
                ResidentSql.AddParameters(parameters, batch[row], row.ToString(System.Globalization.CultureInfo.InvariantCulture));
            parameters.Add("updated_at", clock.GetUtcNow());
            await unitOfWork.ExecuteAsync(ResidentSql.InsertRows(batch.Length), parameters, cancellationToken);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        LogSeeded(SyntheticResidents + 1);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo residents")]
    private partial void LogSeeded(int count);
}
