using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.BuildingBlocks.Tests.Http;

/// <summary>A bare web app with one idempotent create endpoint, on a real test database.</summary>
internal sealed class IdempotencyTestApp : IAsyncDisposable
{
    public const string NotesPath = "/notes";

    private IdempotencyTestApp(TestDatabase database, WebApplication app, FakeTimeProvider clock)
    {
        Database = database;
        App = app;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public sealed record NoteRequest(string Body, int HoldMilliseconds = 0);

    public sealed record NoteResponse(Guid Id, string Body);

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public static async Task<IdempotencyTestApp> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(database.ToConfiguration());
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddBuildingBlocks(builder.Configuration);
        builder.Services.AddModuleSchema(BuildingBlocksHarness.SampleSchema);

        var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        app.UseIdempotencyKeys();
        app.MapPost(NotesPath, WriteNoteAsync).WithIdempotencyKey("sample");
        await app.StartAsync();
        return new IdempotencyTestApp(database, app, clock);
    }

    /// <summary>Stands in for a module endpoint: the command runs through the unit-of-work behaviour.</summary>
    private static async Task<IResult> WriteNoteAsync(NoteRequest request, IUnitOfWork unitOfWork, TimeProvider clock, HttpResponse response)
    {
        var behavior = new UnitOfWorkBehavior<WriteNote, Result<Guid>>(unitOfWork);
        var result = await behavior.Handle(new WriteNote(request.Body), async (command, cancellationToken) =>
        {
            if (command.Body.Length == 0)
                return Error.Validation(new Dictionary<string, string[]> { ["body"] = ["Body must not be empty."] });

            var id = await WriteNote.InsertAsync(unitOfWork, command.Body, clock.GetUtcNow());
            await Task.Delay(request.HoldMilliseconds, cancellationToken);
            return id;
        }, CancellationToken.None);

        return result.Match(id =>
        {
            response.SetETag(1);
            return TypedResults.Created($"{NotesPath}/{id}", new NoteResponse(id, request.Body));
        });
    }

    public async Task<long> CountNotesAsync(string body)
    {
        await using var connection = await App.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM sample.note WHERE body = @body", new { body });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
