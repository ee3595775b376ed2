using GovServices.Notifications.Messages;

namespace GovServices.Notifications.Tests;

/// <summary>The shipped templates and their rendering, without a host: what every message on every channel is made of.</summary>
public sealed class MessageTemplateTests
{
    private const string Link = "https://layanan.bontangkota.go.id/api/v1/complaints/track/LPR-7KQ2-M9XD";

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["tracking_code"] = "LPR-7KQ2-M9XD",
        ["opd"] = "DISKOMINFOTIK",
        ["link"] = Link,
    };

    [Test]
    public void Every_shipped_sms_fits_one_gsm_7_message_with_a_tracking_code_and_a_link()
    {
        var texts = DefaultTemplates.All
            .Where(template => template.Channel == MessageChannels.Sms)
            .Select(template => template.Render("+6281234567890", Values, footer: null).Text)
            .ToList();

        Assert.That(texts, Has.Count.EqualTo((DefaultTemplates.Placeholders.Count - 2) * 2), "every template in id and en, but the two staff digests (inbox and email only)");
        Assert.That(texts, Has.All.Matches<string>(text => SmsSegments.IsGsm7(text) && SmsSegments.Count(text) == 1), string.Join("\n", texts.Where(text => SmsSegments.Count(text) > 1)));
    }

    [Test]
    public void Every_shipped_permit_sms_is_gsm_7_in_at_most_two_segments_with_the_applications_link_except_the_issued_one_which_carries_the_signed_verification_link()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application_number"] = "01a236e1-2eb7-7b8f-849d-d8d0f8286884",
            ["note"] = "general: Lengkapi alamat usaha.",
            ["amount"] = "1.500.000",
            ["payment_code"] = "8074012345678901",
            ["due_date"] = "05-12-2026 23:59 WITA",
            ["receipt_number"] = "KWT-2026-000123",
            ["permit_number"] = "503/0001/DPMPTSP/XII/2026",
            ["link"] = "https://layanan.bontangkota.go.id/api/v1/permits/applications/01a236e1-2eb7-7b8f-849d-d8d0f8286884",
        };
        var texts = DefaultTemplates.All
            .Where(template => template.Channel == MessageChannels.Sms && template.Id.StartsWith("permit.", StringComparison.Ordinal) && template.Id != "permit.issued")
            .Select(template => template.Render("+6281234567890", values, footer: null).Text)
            .ToList();

        Assert.That(texts, Has.Count.EqualTo(12), "six templates in id and en");
        Assert.That(texts, Has.All.Matches<string>(text => SmsSegments.IsGsm7(text) && SmsSegments.Count(text) <= 2), string.Join("\n", texts.Where(text => SmsSegments.Count(text) > 2)));
    }

    [Test]
    public void The_survey_sms_with_its_signed_link_is_gsm_7_in_at_most_two_segments()
    {
        // The token is Data Protection's output for 24 bytes (its header, key id, key modifier, IV, one padded block
        // of 32 and a 32-byte MAC: 116 bytes), 155 characters in base64url (ADR 0071).
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { ["link"] = "https://layanan.bontangkota.go.id/survey/" + new string('x', 155) };
        var texts = DefaultTemplates.All
            .Where(template => template.Channel == MessageChannels.Sms && template.Id == "complaint.survey")
            .Select(template => template.Render("+6281234567890", values, footer: null).Text)
            .ToList();

        Assert.That(texts, Has.Count.EqualTo(2), "in id and en");
        Assert.That(texts, Has.All.Matches<string>(text => SmsSegments.IsGsm7(text) && SmsSegments.Count(text) == 2), string.Join("\n", texts));
    }

    [Test]
    public void Every_shipped_template_uses_only_its_own_placeholders_and_has_an_approved_whatsapp_name()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var template in DefaultTemplates.All)
            {
                Assert.That(template.Placeholders, Is.SubsetOf(DefaultTemplates.Placeholders[template.Id]), $"{template.Id} {template.Channel} {template.Language}");
                if (template.Channel == MessageChannels.WhatsApp)
                    Assert.That(template.ProviderTemplate, Is.EqualTo("govservices_" + template.Id.Replace('.', '_')));
            }
        }
    }

    [Test]
    public void An_email_escapes_every_value_and_the_template_text_itself_in_its_html()
    {
        var template = new MessageTemplate("complaint.verified", MessageChannels.Email, "id", 2, "Pengaduan ((tracking_code))", "<b>Halo</b> ((tracking_code)) ((link))");
        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { ["tracking_code"] = "<script>alert(1)</script>" };

        var message = template.Render("warga@example.id", values, footer: "Berhenti: https://example.id/pref");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Html, Does.Not.Contain("<script>").And.Not.Contain("<b>"));
            Assert.That(message.Html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&lt;b&gt;Halo&lt;/b&gt;"));
            Assert.That(message.Html, Does.Contain($"<a href=\"{Link}\">{Link}</a>"), "a URL value becomes a link");
            Assert.That(message.Text, Does.EndWith("Berhenti: https://example.id/pref"), "the opt-out footer");
            Assert.That(message.TemplateVersion, Is.EqualTo(2));
        }
    }

    [TestCase("0812-3456-7890", "+6281234567890")]
    [TestCase("+62 812 3456 7890", "+6281234567890")]
    [TestCase("6281234567890", "+6281234567890")]
    [TestCase("+62 (812) 3456-7890", "+6281234567890")]
    [TestCase("12-34", null)]
    [TestCase("0812abc", null)]
    [TestCase("", null)]
    public void Phone_numbers_are_normalised_to_e164(string given, string? expected) =>
        Assert.That(PhoneNumbers.ToE164(given), Is.EqualTo(expected));

    [TestCase(160, 1)]
    [TestCase(161, 2)]
    [TestCase(306, 2)]
    [TestCase(307, 3)]
    public void Sms_segments_are_counted_as_gsm_7(int length, int segments) =>
        Assert.That(SmsSegments.Count(new string('a', length)), Is.EqualTo(segments));
}
