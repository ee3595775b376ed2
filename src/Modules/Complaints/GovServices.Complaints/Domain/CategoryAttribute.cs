namespace GovServices.Complaints.Domain;

/// <summary>
/// A question a category asks on filing (an Open311 service definition's <c>attribute</c>), such as "road type" or
/// "number of lamps".
/// </summary>
/// <param name="Code">Its stable code, 1 to 50 lower-case letters, digits or underscores: the key of the answer (<c>attributes.{code}</c>, Open311 <c>attribute[{code}]</c>).</param>
/// <param name="LabelId">The question in Bahasa Indonesia, up to 200 characters.</param>
/// <param name="LabelEn">The question in English, up to 200 characters.</param>
/// <param name="Datatype">string (up to 500 characters), text (up to 4,000), number, datetime (ISO 8601 with an offset), singlevaluelist (one key of <paramref name="Values"/>) or multivaluelist (one or more keys): Open311's datatypes.</param>
/// <param name="Required">Whether a complaint of the category must answer it.</param>
/// <param name="Order">Its position among the category's questions (0–1000).</param>
/// <param name="Values">The choices of a list question (1–50, keys unique); none for the other datatypes.</param>
internal sealed record CategoryAttribute(
    string Code,
    string LabelId,
    string LabelEn,
    string Datatype,
    bool Required = false,
    int Order = 0,
    IReadOnlyList<CategoryAttributeValue>? Values = null);
