namespace GovServices.Complaints.Open311;

/// <summary>
/// The GeoReport v2 argument behind each field of the complaint command, so that a validation message names what the
/// client sent (<c>lat</c>, not <c>latitude</c>).
/// </summary>
internal static class Open311Arguments
{
    public const string ApiKey = "api_key";
    public const string ServiceCode = "service_code";
    public const string Latitude = "lat";
    public const string Longitude = "long";
    public const string AddressString = "address_string";
    public const string Description = "description";
    public const string MediaUrl = "media_url";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Email = "email";
    public const string Phone = "phone";

    /// <summary>An answer to a category's question: <c>attribute[code]</c>.</summary>
    public const string AttributePrefix = "attribute[";

    private static readonly Dictionary<string, string> ByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["category"] = ServiceCode,
        ["latitude"] = Latitude,
        ["longitude"] = Longitude,
        ["address"] = AddressString,
        ["description"] = Description,
        ["title"] = Description,
        ["mediaUrls"] = MediaUrl,
        ["reporter"] = $"{FirstName}/{LastName}/{Email}/{Phone}",
        ["reporter.name"] = $"{FirstName}/{LastName}",
        ["reporter.contact"] = $"{Email}/{Phone}",
    };

    public static string For(string field) =>
        ByField.TryGetValue(field, out var argument) ? argument
        : field.StartsWith("mediaUrls[", StringComparison.OrdinalIgnoreCase) ? MediaUrl
        : field.StartsWith(Domain.ComplaintAttributes.FieldPrefix, StringComparison.Ordinal) ? $"{AttributePrefix}{field[Domain.ComplaintAttributes.FieldPrefix.Length..]}]"
        : field;
}
