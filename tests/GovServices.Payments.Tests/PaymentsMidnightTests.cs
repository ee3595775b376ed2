using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Contracts;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments.Tests;

/// <summary>X-EXTERNAL-ID is unique per calendar day of the bank (WIB): what happens at its midnight, on a fake clock.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class PaymentsMidnightTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private TestDatabase? _database;
    private FakeClockHost? _host;

    private FakeClockHost Host => _host!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        // Two seconds before the bank's last midnight.
        var now = DateTimeOffset.UtcNow.ToOffset(Wib);
        var midnight = new DateTimeOffset(now.Date, Wib);
        _host = new FakeClockHost(BankChannel.HostSettings(_database.ToConfiguration()), midnight.AddSeconds(-2).ToUniversalTime());
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [Test]
    public async Task An_external_id_is_unique_within_the_banks_day_whatever_the_offset_and_free_again_after_its_midnight()
    {
        var oauth = new OAuthTestClient(Host);
        var token = (await oauth.ClientCredentialsAsync("bank-channel", "payments.channel")).AccessToken;
        using var api = Host.CreateClient();
        var bank = new BankChannel(api, token);
        var first = await IssueAsync(20_000);
        var second = await IssueAsync(30_000);
        var third = await IssueAsync(40_000);
        var fourth = await IssueAsync(50_000);
        const string externalId = "41807553358950093184";
        const string otherExternalId = "41807553358950093185";
        var firstBody = BankChannel.PaymentBody(first.PaymentCode, 20_000, "REF-" + Guid.NewGuid(), Host.Clock.GetUtcNow());

        var beforeMidnight = Host.Clock.GetUtcNow();
        using var paid = await bank.PayAsync(firstBody, externalId, beforeMidnight);
        // The same instant written in WITA reads 00:59:58 of the next date, yet it is the bank's same day: a conflict.
        using var sameDayInWita = await bank.SendAsync(
            BankChannel.PaymentPath, BankChannel.PaymentBody(third.PaymentCode, 40_000, "REF-" + Guid.NewGuid()), externalId,
            timestampText: beforeMidnight.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        using var yesterday = await bank.PayAsync(
            BankChannel.PaymentBody(fourth.PaymentCode, 50_000, "REF-" + Guid.NewGuid(), beforeMidnight), otherExternalId, beforeMidnight);
        Host.Clock.Advance(TimeSpan.FromSeconds(4));
        var afterMidnight = Host.Clock.GetUtcNow();
        using var retriedAfterMidnight = await bank.PayAsync(firstBody, externalId, afterMidnight);
        using var newDayNewPayment = await bank.PayAsync(
            BankChannel.PaymentBody(second.PaymentCode, 30_000, "REF-" + Guid.NewGuid(), afterMidnight), otherExternalId, afterMidnight);

        var paidAnswer = JsonNode.Parse(await paid.Content.ReadAsStringAsync())!;
        var retriedAnswer = JsonNode.Parse(await retriedAfterMidnight.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(paidAnswer["responseCode"]!.GetValue<string>(), Is.EqualTo("2002500"));
            Assert.That(sameDayInWita.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(retriedAfterMidnight.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(
                retriedAnswer["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>(),
                Is.EqualTo(paidAnswer["virtualAccountData"]!["additionalInfo"]!["receiptNumber"]!.GetValue<string>()),
                "a retry across midnight is recognised by its bank reference and answered the same");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM payments.outbox_message WHERE message_type = @type", new { type = typeof(InvoicePaid).FullName }),
                Is.EqualTo(3), "the first invoice paid once, the fourth and the second once each");
            Assert.That(await OutcomesAsync(first.InvoiceId), Is.EqualTo(new[] { "paid", "repeat" }));
            Assert.That(yesterday.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(newDayNewPayment.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the bank may use an id of yesterday again for another payment");
            Assert.That(await ScalarAsync<string>("SELECT status FROM payments.invoice WHERE id = @id", new { id = second.InvoiceId }), Is.EqualTo("paid"));
            Assert.That(await ScalarAsync<string>("SELECT status FROM payments.invoice WHERE id = @id", new { id = third.InvoiceId }), Is.EqualTo("pending"));
        }
    }

    private async Task<IssuedInvoice> IssueAsync(long amount)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<IInvoiceIssuer>()
            .IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), amount, "Retribusi", "Budi"));
        return issued.Value;
    }

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private async Task<string[]> OutcomesAsync(Guid invoiceId)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT outcome FROM payments.payment_notification WHERE invoice_id = @id ORDER BY received_at", new { id = invoiceId })];
    }
}
