using System.Globalization;
using System.Text.Json;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.FileComplaint;
using Microsoft.AspNetCore.Http;

namespace GovServices.Complaints.Open311.PostServiceRequest;

/// <summary>
/// A GeoReport v2 <c>POST requests</c> form as the complaint command that the REST API sends too: service_code is the
/// category, lat/long the location, address_string the address, media_url the one photo, and the person named by
/// first_name/last_name and reached by email or phone the reporter the partner files for. Open311 has no title; the
/// description's first line stands in for it. <c>attribute[code]</c> answers the category's question <c>code</c>;
/// a multivaluelist's keys come as <c>attribute[code][]</c> (or <c>attribute[code]</c>) repeated.
/// </summary>
internal static class ServiceRequestForm
{
    private const int TitleLength = 120;

    public static Result<FileComplaint.FileComplaintCommand> ToCommand(IFormCollection form)
    {
        if (ParseCoordinate(form, Open311Arguments.Latitude, out var latitude) is { } latitudeError)
            return latitudeError;
        if (ParseCoordinate(form, Open311Arguments.Longitude, out var longitude) is { } longitudeError)
            return longitudeError;

        var serviceCode = Text(form, Open311Arguments.ServiceCode) ?? "";
        var description = Text(form, Open311Arguments.Description) ?? "";
        var name = string.Join(' ', new[] { Text(form, Open311Arguments.FirstName), Text(form, Open311Arguments.LastName) }.OfType<string>());
        var contact = Text(form, Open311Arguments.Email) ?? Text(form, Open311Arguments.Phone);
        var reporter = name.Length == 0 && contact is null ? null : new ComplaintReporter(name, contact ?? "");
        var mediaUrl = Text(form, Open311Arguments.MediaUrl);

        return new FileComplaint.FileComplaintCommand(
            Title(description, serviceCode),
            description,
            serviceCode,
            latitude,
            longitude,
            Text(form, Open311Arguments.AddressString),
            mediaUrl is null ? null : [mediaUrl],
            Reporter: reporter,
            Attributes: Attributes(form));
    }

    private static Dictionary<string, JsonElement>? Attributes(IFormCollection form)
    {
        var answers = new Dictionary<string, (List<string> Values, bool Many)>(StringComparer.Ordinal);
        foreach (var key in form.Keys)
        {
            if (!key.StartsWith(Open311Arguments.AttributePrefix, StringComparison.Ordinal) || key.IndexOf(']', StringComparison.Ordinal) is var end && end < 0)
                continue;

            var code = key[Open311Arguments.AttributePrefix.Length..end];
            var many = key.AsSpan(end + 1).SequenceEqual("[]");
            var values = form[key].Select(value => value ?? "").ToList();
            answers[code] = answers.TryGetValue(code, out var earlier)
                ? ([.. earlier.Values, .. values], true)
                : (values, many || values.Count > 1);
        }

        return answers.Count == 0
            ? null
            : answers.ToDictionary(
                answer => answer.Key,
                answer => answer.Value.Many ? JsonSerializer.SerializeToElement(answer.Value.Values) : JsonSerializer.SerializeToElement(answer.Value.Values[0]),
                StringComparer.Ordinal);
    }

    private static string Title(string description, string serviceCode)
    {
        var firstLine = description.Split('\n', 2)[0].Trim();
        if (firstLine.Length == 0)
            return serviceCode;
        if (firstLine.Length <= TitleLength)
            return firstLine;

        var cut = firstLine.LastIndexOf(' ', TitleLength - 1);
        return string.Concat(firstLine.AsSpan(0, cut > 0 ? cut : TitleLength - 1), "…");
    }

    private static string? Text(IFormCollection form, string argument) =>
        form[argument].ToString().Trim() is { Length: > 0 } text ? text : null;

    private static Error? ParseCoordinate(IFormCollection form, string argument, out double? value)
    {
        value = null;
        if (Text(form, argument) is not { } text)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return null;
        }

        return new Error("open311_invalid_argument", Bilingual.Pick(
            $"{argument} must be a decimal number of degrees (WGS 84), for example 0.1333.",
            $"{argument} harus berupa angka desimal derajat (WGS 84), misalnya 0.1333."), ErrorKind.Validation);
    }
}
