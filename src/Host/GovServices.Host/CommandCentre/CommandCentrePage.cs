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
            ? """
                <section class="panel" id="permits" aria-labelledby="permits-title">
                  <h2 id="permits-title" data-t="permits">Perizinan</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="revenue" aria-labelledby="revenue-title">
                  <h2 id="revenue-title" data-t="revenue">Pendapatan</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="registry" aria-labelledby="registry-title">
                  <h2 id="registry-title" data-t="registry">Kependudukan</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="integrity" aria-labelledby="integrity-title">
                  <h2 id="integrity-title" data-t="integrity">Integritas</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="system" aria-labelledby="system-title">
                  <h2 id="system-title" data-t="system">Sistem</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
            """
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
                <section class="panel" id="complaints" aria-labelledby="complaints-title">
                  <h2 id="complaints-title" data-t="complaints">Pengaduan</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="map" aria-labelledby="map-title">
                  <h2 id="map-title" data-t="map">Peta pengaduan</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
                <section class="panel" id="opds" aria-labelledby="opds-title">
                  <h2 id="opds-title" data-t="opds">Per OPD dan terlambat</h2>
                  <div class="body"></div><p class="updated"></p>
                </section>
            {{cityPanels}}
              </main>
            </body>
            </html>
            """;
    }

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
