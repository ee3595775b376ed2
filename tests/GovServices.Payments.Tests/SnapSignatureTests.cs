using System.Text;
using GovServices.Payments.Channel;

namespace GovServices.Payments.Tests;

public sealed class SnapSignatureTests
{
    [Test]
    public void Minifying_removes_whitespace_outside_strings_only()
    {
        var body = Encoding.UTF8.GetBytes("{ \"name\" : \"Siti  Rahmawati\",\n  \"note\": \"a \\\" b\" }");

        Assert.That(Encoding.UTF8.GetString(SnapJson.Minify(body)), Is.EqualTo("{\"name\":\"Siti  Rahmawati\",\"note\":\"a \\\" b\"}"));
    }

    [Test]
    public void The_signature_covers_method_path_token_body_and_timestamp()
    {
        var body = "{\"a\":1}"u8.ToArray();
        var signature = ChannelSignature.Sign("key", "POST", "/p", "token", body, "2026-11-28T10:00:00+07:00");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signature, Has.Length.EqualTo(64));
            Assert.That(ChannelSignature.Sign("key", "POST", "/p", "token", "{ \"a\" : 1 }"u8, "2026-11-28T10:00:00+07:00"), Is.EqualTo(signature), "whitespace does not count");
            Assert.That(ChannelSignature.Sign("key", "POST", "/p", "token", "{\"a\":2}"u8, "2026-11-28T10:00:00+07:00"), Is.Not.EqualTo(signature));
            Assert.That(ChannelSignature.Sign("key", "POST", "/q", "token", body, "2026-11-28T10:00:00+07:00"), Is.Not.EqualTo(signature));
            Assert.That(ChannelSignature.Sign("key", "POST", "/p", "other", body, "2026-11-28T10:00:00+07:00"), Is.Not.EqualTo(signature));
            Assert.That(ChannelSignature.Sign("key", "POST", "/p", "token", body, "2026-11-28T10:00:01+07:00"), Is.Not.EqualTo(signature));
            Assert.That(ChannelSignature.Sign("other", "POST", "/p", "token", body, "2026-11-28T10:00:00+07:00"), Is.Not.EqualTo(signature));
        }
    }

    [TestCase("150000.00", "IDR", 150000L)]
    [TestCase("150000", "IDR", 150000L)]
    [TestCase("150000.50", "IDR", null)]
    [TestCase("-5.00", "IDR", null)]
    [TestCase("0.00", "IDR", null)]
    [TestCase("1e6", "IDR", null)]
    [TestCase("150000.00", "USD", null)]
    [TestCase("9999999999999999.00", "IDR", null)]
    public void Amounts_are_whole_positive_rupiah(string value, string currency, long? rupiah) =>
        Assert.That(new SnapAmount(value, currency).ToRupiah(), Is.EqualTo(rupiah));
}
