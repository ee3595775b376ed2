using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovServices.Notifications.Webhooks;
using GovServices.Testing;

namespace GovServices.Notifications.Tests.Webhooks;

/// <summary>
/// docs/webhooks.md's verification snippets, run as they are written (python3, node) against signatures the module's
/// own signer produces, so the integrators' guide cannot drift from what is sent.
/// </summary>
public sealed partial class WebhookDocsSnippetTests
{
    private const string Body = "{\"type\":\"complaint.status_changed\",\"timestamp\":\"2026-12-02T03:04:05+00:00\",\"data\":{\"trackingCode\":\"ADU-7K2M\",\"note\":\"jalan — rusak\"}}";
    private const string MessageId = "msg_01JE5Z8Y3V6Q2W9N4R7T0B1C2D";

    [TestCase("python", "python3", ".py", "import json, sys\ncases = json.load(sys.stdin)\nprint(json.dumps([verify(c['secret'], c['headers'], c['body'].encode('utf-8')) for c in cases]))\n")]
    [TestCase("javascript", "node", ".js", "const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));\nconsole.log(JSON.stringify(cases.map((c) => verify(c.secret, c.headers, Buffer.from(c.body, 'utf8')))));\n")]
    public async Task The_guides_snippet_accepts_the_modules_signatures_and_refuses_tampered_foreign_and_stale_ones(string language, string interpreter, string extension, string driver)
    {
        var snippet = SnippetOf(language);
        var secret = WebhookSecrets.Generate();
        var previous = WebhookSecrets.Generate();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        object Case(string key, long timestamp, string signature, string body = Body) => new
        {
            secret = key,
            headers = new Dictionary<string, string> { ["webhook-id"] = MessageId, ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), ["webhook-signature"] = signature },
            body,
        };

        object[] cases =
        [
            Case(secret, now, WebhookSignature.Of(MessageId, now, Body, [secret])),
            Case(secret, now, WebhookSignature.Of(MessageId, now, Body, [secret, previous])),
            Case(previous, now, WebhookSignature.Of(MessageId, now, Body, [secret, previous])),
            Case(secret, now, WebhookSignature.Of(MessageId, now, Body, [secret]), Body.Replace("ADU-7K2M", "ADU-7K2N", StringComparison.Ordinal)),
            Case(WebhookSecrets.Generate(), now, WebhookSignature.Of(MessageId, now, Body, [secret])),
            Case(secret, now - 600, WebhookSignature.Of(MessageId, now - 600, Body, [secret])),
            Case(secret, now + 1, WebhookSignature.Of(MessageId, now, Body, [secret])),
        ];

        var answers = await RunAsync(interpreter, extension, snippet + "\n" + driver, JsonSerializer.Serialize(cases));

        Assert.That(answers, Is.EqualTo(new[] { true, true, true, false, false, false, false }), $"{language} snippet of docs/webhooks.md");
    }

    private static string SnippetOf(string language)
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "webhooks.md"));
        var match = Regex.Match(guide, $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"docs/webhooks.md has no {language} block");
        return match.Groups[1].Value;
    }

    private static async Task<bool[]> RunAsync(string interpreter, string extension, string program, string input)
    {
        var file = Path.Combine(Path.GetTempPath(), $"webhook-verify-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(file, program);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(interpreter, file)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.That(process.ExitCode, Is.Zero, errors);
            return JsonSerializer.Deserialize<bool[]>(output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
