namespace GovServices.Complaints.GetComplaint;

/// <summary>One step in a complaint's history.</summary>
/// <param name="Action">The step: submitted, verify, reject, disposition, start, resolve, close, auto_close, reopen, withdraw, or flag_overdue (the deadline job noting a missed due date).</param>
/// <param name="FromStatus">The status before; null for filing.</param>
/// <param name="ToStatus">The status after.</param>
/// <param name="Party">Who took it: reporter, coordinator, officer or system.</param>
/// <param name="Actor">The staff member's user id, or the client id of the OPD's back-office system that took an officer's step; shown to staff only, never the reporter's identity.</param>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="Note">The note given with the step, for example a rejection's explanation or a reopening's reason.</param>
/// <param name="ActorOpd">The OPD whose officer, or whose back-office system, took an officer's step; null for other parties. Shown to everyone.</param>
/// <param name="BySystem">True when the OPD's back-office system took the officer's step rather than a person.</param>
internal sealed record HistoryEntryView(
    string Action, string? FromStatus, string ToStatus, string Party, string? Actor, DateTimeOffset OccurredAt, string? Note, string? ActorOpd, bool BySystem);
