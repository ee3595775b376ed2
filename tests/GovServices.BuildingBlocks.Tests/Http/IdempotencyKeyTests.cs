using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using static GovServices.BuildingBlocks.Tests.Http.IdempotencyTestApp;

namespace GovServices.BuildingBlocks.Tests.Http;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class IdempotencyKeyTests(DatabaseProvider provider)
{
    private IdempotencyTestApp? _app;

    private IdempotencyTestApp App => _app!;

    [OneTimeSetUp]
    public async Task StartAsync() => _app = await IdempotencyTestApp.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(NoteRequest note, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, NotesPath) { Content = JsonContent.Create(note) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return App.Client.SendAsync(request);
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    private static string NewBody() => "note-" + Guid.NewGuid().ToString("N");

    [Test]
    public async Task The_same_key_with_the_same_body_returns_the_first_response_and_writes_once()
    {
        var (key, body) = (NewKey(), NewBody());

        using var first = await PostAsync(new NoteRequest(body), key);
        using var second = await PostAsync(new NoteRequest(body), key);

        var firstNote = await first.Content.ReadFromJsonAsync<NoteResponse>();
        var secondNote = await second.Content.ReadFromJsonAsync<NoteResponse>();
        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secondNote, Is.EqualTo(firstNote));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(await App.CountNotesAsync(body), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        var (key, body) = (NewKey(), NewBody());
        using var first = await PostAsync(new NoteRequest(body), key);

        using var reused = await PostAsync(new NoteRequest(body + "-changed"), key);

        var problem = await reused.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(reused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem, Does.Contain("idempotency_key_reused"));
            Assert.That(await App.CountNotesAsync(body + "-changed"), Is.Zero);
        });
    }

    [Test]
    public async Task Concurrent_retries_with_one_key_all_get_the_one_response()
    {
        var (key, body) = (NewKey(), NewBody());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(new NoteRequest(body, HoldMilliseconds: 200), key)));

        var notes = await Task.WhenAll(responses.Select(response => response.Content.ReadFromJsonAsync<NoteResponse>()));
        Assert.Multiple(async () =>
        {
            Assert.That(responses.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(notes.Select(note => note!.Id).Distinct().Count(), Is.EqualTo(1));
            Assert.That(await App.CountNotesAsync(body), Is.EqualTo(1));
        });
        foreach (var response in responses)
            response.Dispose();
    }

    [Test]
    public async Task A_failed_request_is_not_remembered_so_the_corrected_retry_runs()
    {
        var key = NewKey();
        using var failed = await PostAsync(new NoteRequest(""), key);

        var body = NewBody();
        using var corrected = await PostAsync(new NoteRequest(body), key);

        Assert.Multiple(async () =>
        {
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await App.CountNotesAsync(body), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_key_is_remembered_for_24_hours_and_then_forgotten()
    {
        var (key, body) = (NewKey(), NewBody());
        using var first = await PostAsync(new NoteRequest(body), key);

        App.Clock.Advance(TimeSpan.FromHours(23));
        using var withinRetention = await PostAsync(new NoteRequest(body), key);
        App.Clock.Advance(TimeSpan.FromHours(2));
        using var afterRetention = await PostAsync(new NoteRequest(body), key);

        Assert.Multiple(async () =>
        {
            Assert.That(withinRetention.Headers.Contains("Idempotent-Replayed"), Is.True);
            Assert.That(afterRetention.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(afterRetention.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(await App.CountNotesAsync(body), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Without_a_key_every_request_creates()
    {
        var body = NewBody();

        using var first = await PostAsync(new NoteRequest(body), key: null);
        using var second = await PostAsync(new NoteRequest(body), key: null);

        Assert.That(await App.CountNotesAsync(body), Is.EqualTo(2));
    }

    [Test]
    public async Task A_malformed_key_is_a_400_problem()
    {
        using var response = await PostAsync(new NoteRequest(NewBody()), new string('k', 256));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("idempotency_key_invalid"));
        });
    }
}
