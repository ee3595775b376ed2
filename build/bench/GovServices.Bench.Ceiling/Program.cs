using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

// The two ceilings of docs/benchmarks.md: what ASP.NET Core answers with nothing behind it (scenario 1), and with
// the single-row SELECT of GET /api/v1/complaints/{id} done with plain Dapper on the same database (scenario 2).
// No authentication, no Mediator, no problem details: whatever the host adds on top is the difference.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
var postgres = provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);
await using var dataSource = postgres
    ? NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("GovServices")
        ?? throw new InvalidOperationException("ConnectionStrings:GovServices is required for PostgreSQL."))
    : null;

// On SQLite the complaints schema is its own file; opened directly, its table needs no schema prefix.
var sqliteConnectionString = new SqliteConnectionStringBuilder
{
    DataSource = Path.Combine(builder.Configuration["Database:DataDirectory"] ?? "data", "complaints.db"),
    Mode = SqliteOpenMode.ReadOnly,
    Pooling = true,
}.ToString();
var selectById = $"""
    SELECT id AS Id, tracking_code AS TrackingCode, category_code AS CategoryCode, opd_code AS OpdCode, status AS Status,
           title AS Title, description AS Description, latitude AS Latitude, longitude AS Longitude, address AS Address,
           media_urls AS MediaUrls, anonymous AS Anonymous, confidential AS Confidential,
           reporter_user_id AS ReporterUserId, reporter_nik AS ReporterNik, reporter_name AS ReporterName,
           reporter_contact AS ReporterContact, filed_by_client_id AS FiledByClientId, filed_at AS FiledAt,
           verification_due_on AS VerificationDueOn, follow_up_due_on AS FollowUpDueOn,
           resolution_due_on AS ResolutionDueOn, updated_at AS UpdatedAt, version AS Version
    FROM {(postgres ? "complaints.complaint" : "complaint")}
    WHERE id = @id
    """;

var app = builder.Build();

app.MapGet("/ceiling", () => TypedResults.Text("""{"status":"ok"}""", "application/json"));

app.MapGet("/ceiling-db/complaints/{id:guid}", async (Guid id, CancellationToken cancellationToken) =>
{
    await using DbConnection connection = dataSource is not null
        ? await dataSource.OpenConnectionAsync(cancellationToken)
        : new SqliteConnection(sqliteConnectionString);
    if (connection.State != System.Data.ConnectionState.Open)
        await connection.OpenAsync(cancellationToken);

    // SQLite keeps ids as lower-case text; PostgreSQL as uuid.
    object key = postgres ? id : id.ToString("D");
    var row = await connection.QuerySingleOrDefaultAsync(new CommandDefinition(selectById, new { id = key }, cancellationToken: cancellationToken));
    return row is null ? Results.NotFound() : Results.Ok((IDictionary<string, object?>)row);
});

app.Run();
