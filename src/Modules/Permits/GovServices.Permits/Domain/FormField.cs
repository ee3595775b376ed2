using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Permits.Domain;

/// <summary>One field of a permit type's application form, with the rules its value must keep.</summary>
/// <param name="Code">The key of the value in an application's <c>form</c>, for example <c>floor_area_m2</c>.</param>
/// <param name="LabelId">The label in Bahasa Indonesia.</param>
/// <param name="LabelEn">The label in English.</param>
/// <param name="Type">text, number, date, choice or location (an object with <c>latitude</c> and <c>longitude</c> inside the city).</param>
/// <param name="Required">Whether the form can be submitted without it.</param>
/// <param name="MinLength">text: the fewest characters.</param>
/// <param name="MaxLength">text: the most characters (500 when not given).</param>
/// <param name="Pattern">text: a regular expression the whole value must match.</param>
/// <param name="Min">number: the smallest value.</param>
/// <param name="Max">number: the largest value.</param>
/// <param name="Integer">number: whole numbers only.</param>
/// <param name="MinDaysAhead">date: at least this many days after the day of submission (WITA).</param>
/// <param name="MaxDaysAhead">date: at most this many days after the day of submission (WITA).</param>
/// <param name="Options">choice: the values to choose from.</param>
internal sealed record FormField(
    string Code,
    string LabelId,
    string LabelEn,
    string Type,
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    decimal? Min = null,
    decimal? Max = null,
    bool Integer = false,
    int? MinDaysAhead = null,
    int? MaxDaysAhead = null,
    IReadOnlyList<FieldOption>? Options = null)
{
    public const int DefaultMaxLength = 500;

    public string Label => Bilingual.Pick(LabelEn, LabelId);
}

/// <summary>One value of a choice field.</summary>
/// <param name="Value">What the form holds, for example <c>hunian</c>.</param>
/// <param name="LabelId">The label in Bahasa Indonesia.</param>
/// <param name="LabelEn">The label in English.</param>
internal sealed record FieldOption(string Value, string LabelId, string LabelEn);
