using System.Text.Encodings.Web;

namespace GovServices.Host.CommandCentre;

/// <summary>
/// The wall screen's page: a shell of panels that <c>command-centre.js</c> fills from the event stream. No inline
/// script or style (the CSP forbids both); Bahasa Indonesia first, English by the switch (the script holds both texts).
/// </summary>
internal static class CommandCentrePage
{
    public const string Assets = "/command-centre/assets";

    public static string Render(CommandCentreViewer viewer)
    {
        var encoder = HtmlEncoder.Default;
        var scope = viewer.Opd is { } opd ? $"OPD {encoder.Encode(opd)}" : "Kota Bontang";
        var cityPanels = viewer.SeesCity
            ? Panel("permits", "Perizinan") + Panel("revenue", "Pendapatan") + Panel("registry", "Kependudukan")
              + Panel("integrity", "Integritas") + Panel("system", "Sistem")
            : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Command Centre — Pemkot Bontang</title>
              <link rel="stylesheet" href="{{Assets}}/command-centre.css">
              <script src="{{Assets}}/command-centre.js" defer></script>
            </head>
            <body class="{{(viewer.SeesCity ? "city" : "opd")}}" data-opd="{{encoder.Encode(viewer.Opd ?? "")}}">
              <header>
                <h1><span data-t="title">Command Centre</span> <span class="scope">{{scope}}</span></h1>
                <p id="connection" role="status" aria-live="polite" data-state="connecting">Menghubungkan…</p>
                <p class="clock"><time id="clock">--:--:--</time> <span>WITA</span></p>
                <nav>
                  <a id="daily-link" href="/command-centre/daily" data-t="daily">Ringkasan harian</a>
                  <button type="button" id="language" lang="en">English</button>
                </nav>
              </header>
              <main>
            {{Panel("complaints", "Pengaduan")}}{{Panel("map", "Peta pengaduan")}}{{Panel("opds", "Per OPD dan terlambat")}}
            {{cityPanels}}
              </main>
            </body>
            </html>
            """;
    }

    /// <summary>
    /// One panel: its heading in Bahasa Indonesia (the script switches it by <c>data-t</c>), an empty body the script
    /// fills, and its last-updated line.
    /// </summary>
    private static string Panel(string id, string title) => $"""
        <section class="panel" id="{id}" aria-labelledby="{id}-title">
          <h2 id="{id}-title" data-t="{id}">{title}</h2>
          <div class="body"></div><p class="updated"></p>
        </section>

        """;

    /// <summary>Signed in, but not someone the Command Centre is for (a citizen, an officer who heads no OPD).</summary>
    public static string Refused() => $$"""
        <!DOCTYPE html>
        <html lang="id">
        <head>
          <meta charset="utf-8">
          <title>Akses ditolak — Command Centre</title>
          <link rel="stylesheet" href="{{Assets}}/command-centre.css">
        </head>
        <body class="refused">
          <main>
            <h1>Akses ditolak <span lang="en">/ Access refused</span></h1>
            <p>Command Centre hanya untuk koordinator, admin, auditor dan kepala OPD.</p>
            <p lang="en">The Command Centre is for coordinators, admins, auditors and OPD heads only.</p>
          </main>
        </body>
        </html>
        """;
}
