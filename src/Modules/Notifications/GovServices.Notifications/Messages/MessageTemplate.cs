using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovServices.Notifications.Messages;

/// <summary>
/// The text of one message for one channel and language, with <c>((placeholder))</c> fields. Rendering substitutes
/// the values into the text as they are; the email's HTML escapes the whole text, values and all, so neither a
/// template nor a value can put markup into an email.
/// </summary>
/// <param name="Id">The template, named after what happened (<c>complaint.verified</c>).</param>
/// <param name="Channel">One of <see cref="MessageChannels"/>.</param>
/// <param name="Language"><c>id</c> (the default) or <c>en</c>.</param>
/// <param name="Version">Raised by each edit; each message records the version it was rendered from.</param>
/// <param name="Subject">The email subject and inbox title.</param>
/// <param name="Body">The text.</param>
/// <param name="ProviderTemplate">For WhatsApp, the provider's approved template whose body parameters are this text's values in order.</param>
internal sealed partial record MessageTemplate(string Id, string Channel, string Language, int Version, string Subject, string Body, string? ProviderTemplate = null)
{
    /// <summary>The placeholders the text uses, in order of first appearance.</summary>
    public IReadOnlyList<string> Placeholders =>
        [.. Placeholder().Matches(Subject + "\n" + Body).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> PlaceholdersOf(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Renders for <paramref name="to"/>; values that are absolute URLs become links in the HTML.</summary>
    public OutgoingMessage Render(string to, IReadOnlyDictionary<string, string> values, string? footer)
    {
        var subject = Substitute(Subject, values);
        var text = Substitute(Body, values);
        string? html = null;
        if (Channel == MessageChannels.Email)
        {
            html = Html(Body, values, footer);
            if (footer is not null)
                text += "\n\n" + footer;
        }

        var parameters = Placeholder().Matches(Body).Select(match => values.GetValueOrDefault(match.Groups[1].Value, "")).ToList();
        return new OutgoingMessage(to, subject, text, html, Id, Version, Language, ProviderTemplate, parameters);
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.GetValueOrDefault(match.Groups[1].Value, ""));

    private string Html(string body, IReadOnlyDictionary<string, string> values, string? footer)
    {
        var html = new StringBuilder($"<!DOCTYPE html>\n<html lang=\"{Language}\">\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n");
        foreach (var paragraph in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>");
            var at = 0;
            foreach (Match match in Placeholder().Matches(paragraph))
            {
                html.Append(WebUtility.HtmlEncode(paragraph[at..match.Index]));
                var value = values.GetValueOrDefault(match.Groups[1].Value, "");
                var encoded = WebUtility.HtmlEncode(value);
                // A value of several lines (a digest's list) keeps its lines.
                html.Append(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                    ? $"<a href=\"{encoded}\">{encoded}</a>"
                    : encoded.Replace("\n", "<br>\n", StringComparison.Ordinal));
                at = match.Index + match.Length;
            }

            html.Append(WebUtility.HtmlEncode(paragraph[at..])).Append("</p>\n");
        }

        if (footer is not null)
            html.Append("<hr>\n<p style=\"font-size: small; color: #555\">").Append(WebUtility.HtmlEncode(footer)).Append("</p>\n");
        return html.Append("</body>\n</html>\n").ToString();
    }

    [GeneratedRegex(@"\(\(([a-z_]+)\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
