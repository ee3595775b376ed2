using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Permits.Domain;

/// <summary>
/// Checks an application's form against its permit type's fields. A draft may be incomplete, but every value it
/// holds must already fit its field; a submission must also have every required field. Errors are keyed
/// <c>form.&lt;field&gt;</c>, in the request's language.
/// </summary>
internal static class FormCheck
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static Dictionary<string, string[]> Check(
        IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, JsonElement> values, bool complete, CityBounds bounds, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var code in values.Keys.Where(code => fields.All(field => field.Code != code)))
            errors[$"form.{code}"] = [Bilingual.Pick("This permit's form has no such field.", "Formulir izin ini tidak memiliki isian tersebut.")];

        foreach (var field in fields)
        {
            var present = values.TryGetValue(field.Code, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            string? problem;
            if (!present)
                problem = complete && field.Required ? Bilingual.Pick($"{field.LabelEn} is required.", $"{field.LabelId} wajib diisi.") : null;
            else
                problem = CheckValue(field, value, bounds, today);
            if (problem is not null)
                errors[$"form.{field.Code}"] = [problem];
        }

        return errors;
    }

    private static string? CheckValue(FormField field, JsonElement value, CityBounds bounds, DateOnly today) => field.Type switch
    {
        FieldTypes.Text => CheckText(field, value),
        FieldTypes.Number => CheckNumber(field, value),
        FieldTypes.Date => CheckDate(field, value, today),
        FieldTypes.Choice => CheckChoice(field, value),
        FieldTypes.Location => CheckLocation(value, bounds),
        _ => Bilingual.Pick("This field has an unknown type.", "Isian ini bertipe tidak dikenal."),
    };

    private static string? CheckText(FormField field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return Bilingual.Pick($"{field.LabelEn} must be text.", $"{field.LabelId} harus berupa teks.");
        var text = value.GetString()!.Trim();
        var max = field.MaxLength ?? FormField.DefaultMaxLength;
        if (text.Length == 0)
            return Bilingual.Pick($"{field.LabelEn} must not be blank.", $"{field.LabelId} tidak boleh kosong.");
        if (field.MinLength is { } min && text.Length < min)
            return Bilingual.Pick($"{field.LabelEn} must have at least {min} characters.", $"{field.LabelId} paling sedikit {min} karakter.");
        if (text.Length > max)
            return Bilingual.Pick($"{field.LabelEn} must have at most {max} characters.", $"{field.LabelId} paling banyak {max} karakter.");
        if (field.Pattern is { } pattern && !MatchesWhole(pattern, text))
            return Bilingual.Pick($"{field.LabelEn} is not in the expected format.", $"Format {field.LabelId} tidak sesuai.");
        return null;
    }

    private static bool MatchesWhole(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? CheckNumber(FormField field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            return Bilingual.Pick($"{field.LabelEn} must be a number.", $"{field.LabelId} harus berupa angka.");
        if (field.Integer && number != decimal.Truncate(number))
            return Bilingual.Pick($"{field.LabelEn} must be a whole number.", $"{field.LabelId} harus bilangan bulat.");
        if (field.Min is { } min && number < min)
            return Bilingual.Pick($"{field.LabelEn} must be at least {Show(min)}.", $"{field.LabelId} paling sedikit {Show(min)}.");
        if (field.Max is { } max && number > max)
            return Bilingual.Pick($"{field.LabelEn} must be at most {Show(max)}.", $"{field.LabelId} paling banyak {Show(max)}.");
        return null;
    }

    private static string? CheckDate(FormField field, JsonElement value, DateOnly today)
    {
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Bilingual.Pick($"{field.LabelEn} must be a date written as yyyy-MM-dd.", $"{field.LabelId} harus berupa tanggal dengan format yyyy-MM-dd.");
        if (field.MinDaysAhead is { } minDays && date < today.AddDays(minDays))
            return Bilingual.Pick($"{field.LabelEn} must be at least {minDays} days from today.", $"{field.LabelId} paling cepat {minDays} hari dari hari ini.");
        if (field.MaxDaysAhead is { } maxDays && date > today.AddDays(maxDays))
            return Bilingual.Pick($"{field.LabelEn} must be at most {maxDays} days from today.", $"{field.LabelId} paling lambat {maxDays} hari dari hari ini.");
        return null;
    }

    private static string? CheckChoice(FormField field, JsonElement value)
    {
        var options = field.Options ?? [];
        if (value.ValueKind == JsonValueKind.String && options.Any(option => option.Value == value.GetString()))
            return null;
        var list = string.Join(", ", options.Select(option => option.Value));
        return Bilingual.Pick($"{field.LabelEn} must be one of: {list}.", $"{field.LabelId} harus salah satu dari: {list}.");
    }

    private static string? CheckLocation(JsonElement value, CityBounds bounds)
    {
        if (value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty("latitude", out var latitude) && latitude.ValueKind == JsonValueKind.Number
            && value.TryGetProperty("longitude", out var longitude) && longitude.ValueKind == JsonValueKind.Number)
        {
            return bounds.Contains(latitude.GetDouble(), longitude.GetDouble())
                ? null
                : Bilingual.Pick(
                    $"The location is outside the city: latitude between {Show(bounds.MinLatitude)} and {Show(bounds.MaxLatitude)}, longitude between {Show(bounds.MinLongitude)} and {Show(bounds.MaxLongitude)}.",
                    $"Lokasi berada di luar wilayah kota: lintang antara {Show(bounds.MinLatitude)} dan {Show(bounds.MaxLatitude)}, bujur antara {Show(bounds.MinLongitude)} dan {Show(bounds.MaxLongitude)}.");
        }

        return Bilingual.Pick("The location must be an object with a numeric latitude and longitude.", "Lokasi harus berupa objek dengan lintang (latitude) dan bujur (longitude) berupa angka.");
    }

    private static string Show(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Show(double number) => number.ToString(CultureInfo.InvariantCulture);
}
