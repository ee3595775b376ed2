namespace GovServices.Permits.Domain;

/// <summary>The kinds of form field a permit type can ask for; stored and shown as these texts.</summary>
internal static class FieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Choice = "choice";
    public const string Location = "location";

    public static readonly IReadOnlyList<string> All = [Text, Number, Date, Choice, Location];
}
