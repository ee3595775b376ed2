namespace GovServices.Complaints.GetComplaint;

/// <summary>A public answer of the OPD, given when it resolved the complaint.</summary>
/// <param name="Opd">The department that answered.</param>
/// <param name="Answer">The answer text.</param>
/// <param name="RespondedAt">When (UTC).</param>
internal sealed record AnswerView(string Opd, string Answer, DateTimeOffset RespondedAt);
