using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using GovServices.BuildingBlocks.Calendar;
using GovServices.Complaints.Stats;
using GovServices.Payments.Reports;
using Mediator;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// <c>/command-centre/daily?date=</c>: one WITA day on one printable page for the morning briefing — the complaints
/// filed that day, the payments received, and the complaints open now. The same queries as the wall screen.
/// </summary>
internal sealed class CommandCentreDailySummary(IMediator mediator, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<string> RenderAsync(CommandCentreViewer viewer, DateOnly? date, CancellationToken cancellationToken)
    {
        var day = date ?? calendar.LocalDate(clock.GetUtcNow());
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        var title = $"Ringkasan harian {day:yyyy-MM-dd}" + (viewer.Opd is { } headOf ? $" — OPD {encoder.Encode(headOf)}" : " — Kota Bontang");
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <title>{{title}}</title>
              <link rel="stylesheet" href="{{CommandCentrePage.Assets}}/command-centre.css">
            </head>
            <body class="daily">
            <main>
            <h1>{{title}} <span lang="en">/ Daily summary</span></h1>
            <p class="noprint"><a href="{{CommandCentreEndpoints.Page}}">← Command Centre</a> · Cetak dengan Ctrl+P / Print with Ctrl+P</p>
            """);

        var board = await mediator.Send(new GetOpenComplaintsBoardQuery(viewer.Opd), cancellationToken);
        // An OPD head's summary counts that OPD's complaints only, as their screen does.
        var month = await mediator.Send(new GetComplaintStatsQuery(day.AddDays(-29), day, viewer.Opd), cancellationToken);
        if ((await mediator.Send(new GetComplaintStatsQuery(day, day, viewer.Opd), cancellationToken)) is { IsSuccess: true } filed)
        {
            var stats = filed.Value;
            html.Append(CultureInfo.InvariantCulture, $"<h2>Pengaduan diajukan <span lang=\"en\">/ Complaints filed</span>: <span data-figure=\"daily.complaints.total\">{stats.Total}</span></h2>\n<table><thead><tr><th scope=\"col\">Status</th><th scope=\"col\" class=\"n\">Jumlah / Count</th></tr></thead><tbody>\n");
            foreach (var (status, count) in stats.ByStatus.Where(entry => entry.Value > 0))
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{encoder.Encode(status)}</td><td class=\"n\">{count}</td></tr>\n");
            html.Append("</tbody></table>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Pengaduan terbuka sekarang <span lang=\"en\">/ Open now</span>: {board.Open}, terlambat <span lang=\"en\">/ overdue</span>: <span data-figure=\"daily.complaints.overdue\">{board.Overdue}</span></h2>\n");
        html.Append("<table><thead><tr><th scope=\"col\">OPD</th><th scope=\"col\" class=\"n\">Terbuka / Open</th><th scope=\"col\" class=\"n\">Terlambat / Overdue</th><th scope=\"col\" class=\"n\">SLA penyelesaian 30 hari / Resolution SLA, 30 days</th></tr></thead><tbody>\n");
        foreach (var opd in board.ByOpd)
        {
            var sla = month.IsSuccess && month.Value.SlaByOpd.TryGetValue(opd.Opd, out var compliance) ? Percent(compliance.Resolution.Compliance) : "—";
            html.Append(CultureInfo.InvariantCulture, $"<tr data-opd=\"{encoder.Encode(opd.Opd)}\"><td>{encoder.Encode(opd.Opd)}</td><td class=\"n\">{opd.Open}</td><td class=\"n\">{opd.Overdue}</td><td class=\"n\" data-figure=\"daily.opd.{encoder.Encode(opd.Opd)}.sla\">{sla}</td></tr>\n");
        }
        html.Append("</tbody></table>\n");

        if (viewer.SeesCity && (await mediator.Send(new GetDailyTotalsQuery(day, day), cancellationToken)) is { IsSuccess: true } paid)
        {
            var totals = paid.Value;
            html.Append(CultureInfo.InvariantCulture, $"<h2>Pembayaran <span lang=\"en\">/ Payments</span>: <span data-figure=\"daily.revenue.amount\">Rp {totals.PaidAmount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}</span> ({totals.Payments} kuitansi / receipts)</h2>\n");
            html.Append("<table><thead><tr><th scope=\"col\">Sumber / Source</th><th scope=\"col\">Kanal / Channel</th><th scope=\"col\" class=\"n\">Kuitansi / Receipts</th><th scope=\"col\" class=\"n\">Rp</th></tr></thead><tbody>\n");
            foreach (var row in totals.Rows)
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{encoder.Encode(row.SourceModule)}</td><td>{encoder.Encode(row.Channel)}</td><td class=\"n\">{row.Payments}</td><td class=\"n\">{row.PaidAmount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}</td></tr>\n");
            html.Append("</tbody></table>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>Diambil <span lang=\"en\">/ Taken</span> {TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.TimeZone):yyyy-MM-dd HH:mm} WITA</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Percent(double? share) =>
        share is { } value ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value * 100):0} %") : "—";
}
