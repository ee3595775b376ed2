using GovServices.Notifications.Messages;

namespace GovServices.Notifications.Templates;

/// <summary>A message template as an admin sees and edits it.</summary>
/// <param name="Id">What it tells (<c>complaint.verified</c>).</param>
/// <param name="Channel"><c>inbox</c>, <c>email</c>, <c>whatsapp</c> or <c>sms</c>.</param>
/// <param name="Language"><c>id</c> or <c>en</c>.</param>
/// <param name="Version">1 as shipped, raised by each edit; also the ETag.</param>
/// <param name="Subject">The email subject and inbox title.</param>
/// <param name="Body">The text, with <c>((placeholder))</c> fields.</param>
/// <param name="ProviderTemplate">WhatsApp only: the approved template name at the provider.</param>
/// <param name="Placeholders">The placeholders this template may use.</param>
/// <param name="SmsSegments">How many SMS the body costs with typical values (a 13-character tracking code and the link).</param>
internal sealed record TemplateView(
    string Id, string Channel, string Language, int Version, string Subject, string Body, string? ProviderTemplate, IReadOnlyList<string> Placeholders, int SmsSegments)
{
    private static readonly Dictionary<string, string> Typical = new(StringComparer.Ordinal)
    {
        ["tracking_code"] = "LPR-7KQ2-M9XD",
        ["opd"] = "DISKOMINFOTIK",
        ["link"] = "https://layanan.bontangkota.go.id/api/v1/complaints/track/LPR-7KQ2-M9XD",
    };

    public static TemplateView From(MessageTemplate template) => new(
        template.Id,
        template.Channel,
        template.Language,
        template.Version,
        template.Subject,
        template.Body,
        template.ProviderTemplate,
        DefaultTemplates.Placeholders[template.Id],
        Messages.SmsSegments.Count(template.Render("+6281234567890", Typical, footer: null).Text));
}
