namespace GovServices.Complaints.Survey;

/// <summary>The reporter's answers to "is it fixed?".</summary>
internal static class SurveyAnswer
{
    public const string Fixed = "fixed";
    public const string NotFixed = "not_fixed";

    public static readonly IReadOnlyList<string> All = [Fixed, NotFixed];
}
