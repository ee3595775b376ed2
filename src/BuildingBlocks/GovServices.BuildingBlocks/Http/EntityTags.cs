using System.Globalization;
using GovServices.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// A record's integer <c>version</c> is its HTTP entity tag. Updates send it back in <c>If-Match</c>; a stale
/// one gets 412, a missing one 428.
/// </summary>
public static class EntityTags
{
    public static string FromVersion(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, int version) =>
        response.Headers.ETag = FromVersion(version);

    /// <summary>
    /// The version the client last read, from a required <c>If-Match</c> header with exactly one strong tag.
    /// </summary>
    public static Result<int> RequiredIfMatchVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return new Error(
                "if_match_required",
                "Send the ETag you last read in an If-Match header.",
                ErrorKind.PreconditionRequired);
        }

        if (EntityTagHeaderValue.TryParseStrictList([header], out var tags)
            && tags is [{ IsWeak: false, Tag.Length: > 2 } tag]
            && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        return new Error(
            "if_match_invalid",
            "If-Match must hold one ETag exactly as the server sent it, for example \"3\".",
            ErrorKind.Validation,
            new Dictionary<string, string[]> { ["If-Match"] = ["Expected one strong ETag such as \"3\"."] });
    }
}
