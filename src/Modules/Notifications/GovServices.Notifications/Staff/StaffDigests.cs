using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Staff;

/// <summary>
/// One day's staff digests (ADR 0072): to each OPD's officers (its head among them) the complaints dispositioned to it
/// in the 24 hours before the digest time, its stages due tomorrow and its stages overdue; to the coordinators the same
/// figures per OPD, city wide, the complaint desk's verification stage among them. An OPD with nothing to say gets
/// nothing, a day with nothing at all sends nothing. Each digest commits in one transaction with its
/// <c>digest_run</c> row (day × scope): a second run, here or on another instance, finds the row and makes nothing.
/// </summary>
internal sealed class StaffDigests(IServiceScopeFactory scopes, WorkingDayCalendar calendar, NotificationsOptions options)
{
    private const string Purpose = "staff_digest";
    private const string None = "-";

    /// <summary>When <paramref name="day"/>'s digests are due: <c>Notifications:Digests:At</c> (07:00) on that day in the city.</summary>
    public DateTimeOffset DueAt(DateOnly day) => calendar.StartOfDay(day) + options.DigestsAt.ToTimeSpan();

    /// <summary>Makes <paramref name="day"/>'s digests that no run made yet; answers how many people this run told.</summary>
    public async Task<int> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var at = DueAt(day);
        IReadOnlyList<ComplaintDigestItem> items;
        await using (var scope = scopes.CreateAsyncScope())
            items = await scope.ServiceProvider.GetRequiredService<IComplaintDigests>().ListAsync(at - TimeSpan.FromDays(1), at, day, cancellationToken);
        if (items.Count == 0)
            return 0;

        var link = new Uri(options.PublicBaseUrl, "api/v1/complaints").ToString();
        var date = DeadlineStageNames.Date(day);
        var told = 0;
        foreach (var opd in items.Where(item => item.Opd is not null).GroupBy(item => item.Opd!, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var values = Figures(opd.ToList(), date);
            values["opd"] = opd.Key;
            values["new_items"] = Lines(opd, ComplaintDigestKinds.NewDisposition, english: false);
            values["due_items"] = Lines(opd, ComplaintDigestKinds.DueTomorrow, english: false);
            values["due_items_en"] = Lines(opd, ComplaintDigestKinds.DueTomorrow, english: true);
            values["overdue_items"] = Lines(opd, ComplaintDigestKinds.Overdue, english: false);
            values["overdue_items_en"] = Lines(opd, ComplaintDigestKinds.Overdue, english: true);
            told += await SendAsync(day, at, "opd:" + opd.Key, StaffTemplates.OpdDigest, values, link, (members, token) => members.ListOfficersAsync(opd.Key, token), cancellationToken);
        }

        var city = Figures(items, date);
        var perOpd = items.GroupBy(item => item.Opd ?? "", StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        city["opd_lines"] = string.Join('\n', perOpd.Select(group =>
            $"- {(group.Key.Length == 0 ? "Meja pengaduan (verifikasi)" : group.Key)}: {Count(group, ComplaintDigestKinds.NewDisposition)} baru, {Count(group, ComplaintDigestKinds.DueTomorrow)} besok, {Count(group, ComplaintDigestKinds.Overdue)} terlambat"));
        city["opd_lines_en"] = string.Join('\n', perOpd.Select(group =>
            $"- {(group.Key.Length == 0 ? "Complaint desk (verification)" : group.Key)}: {Count(group, ComplaintDigestKinds.NewDisposition)} new, {Count(group, ComplaintDigestKinds.DueTomorrow)} due tomorrow, {Count(group, ComplaintDigestKinds.Overdue)} overdue"));
        told += await SendAsync(day, at, "city", StaffTemplates.CityDigest, city, link, (members, token) => members.ListCoordinatorsAsync(token), cancellationToken);
        return told;
    }

    /// <summary>The event id of a digest: the same on every instance and run, so the engine's key is a second guard.</summary>
    internal static Guid DigestEventId(DateOnly day, string scope) => NameBasedId.Of($"GovServices.Notifications.Digest.{day:yyyy-MM-dd}.{scope}");

    private async Task<int> SendAsync(
        DateOnly day, DateTimeOffset at, string scope, string templateId, Dictionary<string, string> values, string link,
        Func<IStaffMembers, CancellationToken, Task<IReadOnlyList<string>>> recipients, CancellationToken cancellationToken)
    {
        await using var serviceScope = scopes.CreateAsyncScope();
        var services = serviceScope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var claimed = await unitOfWork.ExecuteAsync(
                StaffDigestSql.Claim(unitOfWork.Dialect), new { digest_day = day, scope, ran_at = at, recipients = 0 }, cancellationToken);
            if (claimed == 0)
            {
                await unitOfWork.RollbackAsync(cancellationToken);
                return 0;
            }

            var people = services.GetRequiredService<IPersonContacts>();
            var composer = services.GetRequiredService<MessageComposer>();
            var message = new PersonMessage(DigestEventId(day, scope), templateId, values, link, at, About: null, ForStaff: true);
            var userIds = await recipients(services.GetRequiredService<IStaffMembers>(), cancellationToken);
            foreach (var userId in userIds)
                await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
            await unitOfWork.ExecuteAsync(StaffDigestSql.SetRecipients, new { digest_day = day, scope, recipients = userIds.Count }, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return userIds.Count;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private static Dictionary<string, string> Figures(IReadOnlyCollection<ComplaintDigestItem> items, string date) => new(StringComparer.Ordinal)
    {
        ["date"] = date,
        ["new_count"] = Count(items, ComplaintDigestKinds.NewDisposition),
        ["due_count"] = Count(items, ComplaintDigestKinds.DueTomorrow),
        ["overdue_count"] = Count(items, ComplaintDigestKinds.Overdue),
    };

    private static string Count(IEnumerable<ComplaintDigestItem> items, string kind) =>
        items.Count(item => item.Kind == kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One line per complaint: its tracking code, category, the stage and its due date; "-" for none.</summary>
    private static string Lines(IEnumerable<ComplaintDigestItem> items, string kind, bool english)
    {
        var lines = items.Where(item => item.Kind == kind)
            .Select(item => $"- {item.TrackingCode} ({item.Category}), {(english ? DeadlineStageNames.English(item.Stage) : DeadlineStageNames.Indonesian(item.Stage))}"
                + (item.DueOn is { } due ? (english ? ", due " : ", jatuh tempo ") + DeadlineStageNames.Date(due) : ""))
            .ToList();
        return lines.Count == 0 ? None : string.Join('\n', lines);
    }
}
