using System.Net;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    private static readonly string[] Statuses =
        ["draft", "submitted", "under_review", "revision_requested", "approved", "rejected", "fee_assessed", "paid", "issued", "withdrawn"];

    /// <summary>Each step through its endpoint: the route, who takes it, a valid body.</summary>
    private static readonly (string Step, string Who, object Body)[] Steps =
    [
        ("submit", "citizen", new { }),
        ("withdraw", "citizen", new { }),
        ("start-review", "officer.dpmptsp", new { }),
        ("request-revision", "officer.dpmptsp", new { items = new[] { new { item = "general", reason = "Lengkapi berkas." } } }),
        ("approve", "officer.dpmptsp", new { }),
        ("reject", "officer.dpmptsp", new { reason = "Tidak memenuhi syarat." }),
        ("assess-fee", "officer.dpmptsp", new { }),
        ("reissue-invoice", "officer.dpmptsp", new { }),
        ("request-new-invoice", "citizen", new { }),
    ];

    /// <summary>The steps each status allows, written out here independently of the module's own table.</summary>
    private static readonly HashSet<(string Status, string Step)> Allowed =
    [
        ("draft", "submit"), ("revision_requested", "submit"),
        ("draft", "withdraw"), ("submitted", "withdraw"), ("under_review", "withdraw"), ("revision_requested", "withdraw"),
        ("submitted", "start-review"),
        ("under_review", "request-revision"), ("under_review", "approve"), ("under_review", "reject"),
        ("approved", "assess-fee"),
        ("fee_assessed", "reissue-invoice"), ("fee_assessed", "request-new-invoice"),
    ];

    [Test]
    public async Task Every_step_a_status_does_not_allow_answers_409_and_changes_nothing()
    {
        var failures = new List<string>();
        foreach (var status in Statuses)
        {
            var (id, etag) = await CreateDraftAsync("citizen");
            await ForceAsync(id, status);
            foreach (var (step, who, body) in Steps.Where(step => !Allowed.Contains((status, step.Step))))
            {
                using var api = Api(who);
                using var response = await StepAsync(api, id, step, etag, body);
                if (response.StatusCode != HttpStatusCode.Conflict || await CodeOfAsync(response) != "transition_not_allowed")
                    failures.Add($"{step} from {status}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            using var citizen = Api("citizen");
            var (application, readETag) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);
            if (application["status"]!.GetValue<string>() != status || readETag != etag)
                failures.Add($"{status} changed to {application["status"]} {readETag}");
        }

        Assert.That(failures, Is.Empty);
        Assert.That(Statuses.Length * Steps.Length - Allowed.Count, Is.EqualTo(77), "every pair outside the table was tried");
    }

    [Test]
    public async Task An_officer_issues_a_new_invoice_for_the_same_fee_once_the_last_expired_and_the_applicant_may_not_take_the_officers_step()
    {
        var (id, etag) = await CreateDraftAsync("citizen");
        await using (var scope = _host!.Services.CreateAsyncScope())
        {
            await using var connection = await scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
            // Waiting for its fee after the invoice expired: an amount, no payable code.
            await connection.ExecuteAsync(
                "UPDATE permits.application SET status = 'fee_assessed', fee_amount = 75000, invoice_id = NULL, payment_code = NULL WHERE id = @id", new { id });
        }

        using var officer = Api("officer.dpmptsp");
        using var citizen = Api("citizen");
        using var dlh = Api("officer.dlh");
        using var notTheApplicants = await StepAsync(citizen, id, "reissue-invoice", etag);
        using var otherOpd = await StepAsync(dlh, id, "reissue-invoice", etag);
        var (renewed, renewedETag) = await ReadAsync(await StepAsync(officer, id, "reissue-invoice", etag, new { note = "Tagihan baru atas permintaan lisan." }), 200);
        using var again = await StepAsync(citizen, id, "request-new-invoice", renewedETag);
        var (application, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);
        var step = application["history"]!.AsArray().Last()!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notTheApplicants.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(otherOpd.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(renewed["status"]!.GetValue<string>(), Is.EqualTo("fee_assessed"));
            Assert.That(renewed["feeAmount"]!.GetValue<long>(), Is.EqualTo(75_000));
            Assert.That(renewed["paymentCode"]!.GetValue<string>(), Has.Length.EqualTo(16));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the new invoice can be paid: no third");
            Assert.That(await CodeOfAsync(again), Is.EqualTo("invoice_still_payable"));
            Assert.That(step["action"]!.GetValue<string>(), Is.EqualTo("reissue_invoice"));
            Assert.That(step["actorRole"]!.GetValue<string>(), Is.EqualTo("officer"));
            Assert.That(step["actorOpd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(step["actorUserId"], Is.Null, "the applicant sees no officer's id");
            Assert.That(application["fee"]!["paymentCode"]!.GetValue<string>(), Is.EqualTo(renewed["paymentCode"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task A_step_needs_the_etag_last_read()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");

        using var missing = await StepAsync(citizen, id, "withdraw", etag: null);
        using var stale = await StepAsync(citizen, id, "withdraw", "\"7\"");
        using var withdrawn = await StepAsync(citizen, id, "withdraw", etag, new { note = "Batal." });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withdrawn.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        }
    }

    [Test]
    public async Task A_stale_etag_is_412_before_the_status_is_considered_as_in_every_module()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using (var withdrawn = await StepAsync(citizen, id, "withdraw", etag))
            Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var staleSubmit = await StepAsync(citizen, id, "submit", etag);
        using var currentSubmit = await StepAsync(citizen, id, "submit", "\"2\"");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(staleSubmit.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), "decided on an old view: read again first");
            Assert.That(currentSubmit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "read again, the status does not allow it");
        }
    }

    [Test]
    public async Task A_rejection_needs_its_reason_and_a_revision_request_its_items()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        var (_, reviewETag) = await ReadAsync(await StepAsync(officer, id, "start-review", submittedETag), 200);

        using var noReason = await StepAsync(officer, id, "reject", reviewETag, new { reason = "" });
        using var noItems = await StepAsync(officer, id, "request-revision", reviewETag, new { items = Array.Empty<object>() });
        using var badItem = await StepAsync(officer, id, "request-revision", reviewETag, new { items = new[] { new { item = "anything", reason = "x" } } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noItems.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badItem.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }
}
