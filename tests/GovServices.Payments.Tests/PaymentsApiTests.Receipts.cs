using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Payments.Tests;

/// <summary>Receipts for their payer and officers, and the public verification of a receipt's code.</summary>
public sealed partial class PaymentsApiTests
{
    private const string CitizenNik = "6474014107900001";

    [Test]
    public async Task A_receipt_is_read_by_its_payer_and_officers_and_is_not_found_for_anyone_else()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (_, code) = await IssueOverHttpAsync(opd, 85_000, CitizenNik);
        var receiptNumber = await PayAsync(code, 85_000, "REF-" + Guid.NewGuid());
        using var citizen = OAuth.CreateApiClient((await OAuth.AuthorizationCodeAsync("citizen", "payments.read")).AccessToken);
        using var partner = await ApiAsync("partner-app", "payments.read");

        using var byPayer = await citizen.GetAsync(ReceiptUri(receiptNumber));
        using var byOfficer = await opd.GetAsync(ReceiptUri(receiptNumber));
        using var byOther = await partner.GetAsync(ReceiptUri(receiptNumber));
        using var unknown = await opd.GetAsync(ReceiptUri("BTG-20261201-XXXXXXXX"));

        var receipt = JsonNode.Parse(await byPayer.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byPayer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(receipt["receiptNumber"]!.GetValue<string>(), Is.EqualTo(receiptNumber));
            Assert.That(receipt["amount"]!.GetValue<long>(), Is.EqualTo(85_000));
            Assert.That(receipt["payerNik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(receipt["verificationCode"]!.GetValue<string>(), Does.Match("^[0-9A-F]{32}$"));
            Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task The_public_verification_answers_valid_with_minimal_masked_data_and_invalid_for_other_codes()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (_, code) = await IssueOverHttpAsync(opd, 64_000, CitizenNik);
        var receiptNumber = await PayAsync(code, 64_000, "REF-" + Guid.NewGuid());
        var verificationCode = JsonNode.Parse(await opd.GetStringAsync(ReceiptUri(receiptNumber)))!["verificationCode"]!.GetValue<string>();
        using var anonymous = Host.CreateClient();

        using var valid = await anonymous.GetAsync(VerifyUri(verificationCode.ToLowerInvariant()));
        using var unknown = await anonymous.GetAsync(VerifyUri(Convert.ToHexString(Guid.NewGuid().ToByteArray())));
        using var malformed = await anonymous.GetAsync(VerifyUri("not-a-code"));

        var answer = JsonNode.Parse(await valid.Content.ReadAsStringAsync())!.AsObject();
        var unknownAnswer = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answer["valid"]!.GetValue<bool>(), Is.True);
            Assert.That(answer["receiptNumber"]!.GetValue<string>(), Is.EqualTo(receiptNumber));
            Assert.That(answer["amount"]!.GetValue<long>(), Is.EqualTo(64_000));
            Assert.That(answer["payerName"]!.GetValue<string>(), Is.EqualTo("S*** R********"));
            Assert.That(answer.Select(property => property.Key), Is.EquivalentTo(new[] { "valid", "status", "receiptNumber", "amount", "paidAt", "payerName" }));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unknownAnswer.Select(property => property.Key), Is.EqualTo(new[] { "valid" }));
            Assert.That(unknownAnswer["valid"]!.GetValue<bool>(), Is.False);
            Assert.That(JsonNode.Parse(await malformed.Content.ReadAsStringAsync())!["valid"]!.GetValue<bool>(), Is.False);
        }
    }

    private static Uri ReceiptUri(string number) => new($"/api/v1/payments/receipts/{number}", UriKind.Relative);

    private static Uri VerifyUri(string code) => new($"/api/v1/payments/receipts/verify/{code}", UriKind.Relative);

    /// <summary>An invoice issued by the calling client over HTTP (so that client may read it).</summary>
    private static async Task<(Guid Id, string PaymentCode)> IssueOverHttpAsync(HttpClient api, long amount, string? nik = null, string module = "permits")
    {
        using var created = await api.PostAsJsonAsync(Invoices, NewInvoice(amount, nik) with { Source = new NewInvoiceSource(module, "APP-" + Guid.NewGuid()) });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var invoice = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        return (Guid.Parse(invoice["id"]!.GetValue<string>()), invoice["paymentCode"]!.GetValue<string>());
    }

    /// <summary>The bank notifies the payment of <paramref name="code"/>; answers the receipt number.</summary>
    private async Task<string> PayAsync(string code, long amount, string bankReference, DateTimeOffset? paidAt = null)
    {
        using var api = Host.CreateClient();
        using var paid = await Bank(api).PayAsync(BankChannel.PaymentBody(code, amount, bankReference, paidAt), "ext-" + Guid.NewGuid());
        var answer = JsonNode.Parse(await paid.Content.ReadAsStringAsync())!;
        Assert.That(answer["responseCode"]!.GetValue<string>(), Is.EqualTo("2002500"), answer.ToJsonString());
        return answer["virtualAccountData"]!["additionalInfo"]?["receiptNumber"]?.GetValue<string>() ?? "";
    }
}
