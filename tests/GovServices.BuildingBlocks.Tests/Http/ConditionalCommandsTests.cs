using System.Net;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Http;
using GovServices.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using static GovServices.BuildingBlocks.Tests.Http.NoteTitleSender;

namespace GovServices.BuildingBlocks.Tests.Http;

/// <summary>The If-Match endpoint body on a bare web app, through HTTP as a client sees it.</summary>
public sealed class ConditionalCommandsTests
{
    private const string CommandPath = "/note/title";
    private const string RequestPath = "/note/title-in-steps";

    private NoteTitleSender _sender = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _sender = new NoteTitleSender();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapPut(CommandPath, (string title, HttpContext http, CancellationToken cancellationToken) =>
            _sender.SendIfMatchAsync(http, version => new RetitleNote(version, title), note => note.Version, cancellationToken));
        _app.MapPut(RequestPath, (string title, HttpContext http, CancellationToken cancellationToken) =>
            _sender.SendIfMatchAsync(http, version => new RetitleNoteInSteps(version, title), note => note.Version, cancellationToken));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> RetitleAsync(string title, string? ifMatch, string path = CommandPath)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{path}?title={Uri.EscapeDataString(title)}");
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _client.SendAsync(request);
    }

    [Test]
    public async Task A_change_to_the_current_version_answers_200_with_the_new_etag()
    {
        using var response = await RetitleAsync("second", "\"1\"");

        var note = await response.Content.ReadFromJsonAsync<NoteTitle>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(response.Headers.ETag?.IsWeak, Is.False);
            Assert.That(note, Is.EqualTo(new NoteTitle("second", 2)));
        });
    }

    [Test]
    public async Task A_request_outside_the_unit_of_work_is_answered_the_same_way()
    {
        using var response = await RetitleAsync("second", "\"1\"", RequestPath);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(_sender.Current, Is.EqualTo(new NoteTitle("second", 2)));
        });
    }

    [Test]
    public async Task Without_if_match_the_answer_is_428_and_nothing_is_sent()
    {
        using var response = await RetitleAsync("second", ifMatch: null);

        var problem = await response.ReadProblemAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)StatusCodes.Status428PreconditionRequired));
            Assert.That(problem.Code, Is.EqualTo("if_match_required"));
            Assert.That(response.Headers.ETag, Is.Null);
            Assert.That(_sender.Received, Is.Zero);
        });
    }

    [TestCase("W/\"1\"")]
    [TestCase("\"1\", \"2\"")]
    [TestCase("*")]
    public async Task An_if_match_that_is_not_one_strong_version_answers_400_and_nothing_is_sent(string ifMatch)
    {
        using var response = await RetitleAsync("second", ifMatch);

        var problem = await response.ReadProblemAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("if_match_invalid"));
            Assert.That(_sender.Received, Is.Zero);
        });
    }

    [Test]
    public async Task A_stale_version_answers_412_without_an_etag_and_changes_nothing()
    {
        using var first = await RetitleAsync("second", "\"1\"");

        using var stale = await RetitleAsync("third", "\"1\"");

        var problem = await stale.ReadProblemAsync();
        Assert.Multiple(() =>
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(problem.Code, Is.EqualTo("version_mismatch"));
            Assert.That(stale.Headers.ETag, Is.Null);
            Assert.That(_sender.Current, Is.EqualTo(new NoteTitle("second", 2)));
        });
    }

    [Test]
    public async Task Another_error_of_the_handler_is_its_problem_without_an_etag()
    {
        using var response = await RetitleAsync("", "\"1\"");

        var problem = await response.ReadProblemAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("validation_failed"));
            Assert.That(response.Headers.ETag, Is.Null);
            Assert.That(_sender.Received, Is.EqualTo(1));
        });
    }
}
