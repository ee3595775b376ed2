namespace GovServices.Complaints.Domain;

/// <summary>The datatypes of a category's questions: GeoReport v2's own names.</summary>
internal static class AttributeDatatype
{
    public const string String = "string";
    public const string Number = "number";
    public const string DateTime = "datetime";
    public const string Text = "text";
    public const string SingleValueList = "singlevaluelist";
    public const string MultiValueList = "multivaluelist";

    public static readonly IReadOnlyList<string> All = [String, Number, DateTime, Text, SingleValueList, MultiValueList];

    public static bool IsList(string datatype) => datatype is SingleValueList or MultiValueList;
}
