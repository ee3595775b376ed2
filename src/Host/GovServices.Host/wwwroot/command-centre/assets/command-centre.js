// The Command Centre's wall screen: one EventSource per screen, panels drawn from each "snapshot" event. Every text
// is set with textContent (never HTML from data); Bahasa Indonesia by default, English by the switch.
"use strict";

const TEXTS = {
  id: {
    title: "Command Centre", daily: "Ringkasan harian", complaints: "Pengaduan", map: "Peta pengaduan",
    opds: "Per OPD dan terlambat", revenue: "Pendapatan", integrity: "Integritas", system: "Sistem",
    today: "Hari ini", week: "7 hari", month: "30 hari", filed: "diajukan", open: "Terbuka", overdue: "Terlambat",
    sla: "SLA penyelesaian 30 hari", slaShort: "SLA 30 hari", statuses: "Status sekarang (30 hari)", opd: "OPD", code: "Kode", category: "Kategori",
    daysLate: "Hari terlambat", noneOverdue: "Tidak ada yang terlambat.", updated: "Diperbarui", unavailable: "Tidak tersedia",
    connecting: "Menghubungkan…", live: "Langsung", reconnecting: "Koneksi terputus — menyambung ulang…",
    reconnected: "Tersambung kembali", paidToday: "Diterima hari ini", paidMonth: "Bulan ini", receipts: "kuitansi",
    bySource: "Menurut sumber (bulan ini)", byChannel: "Menurut kanal (bulan ini)", intact: "Utuh", broken: "Rusak di posisi",
    records: "catatan", chains: "Rantai audit per modul", outbox: "Outbox", poisoned: "gagal total",
    deliveries: "Pengiriman", failed: "gagal", instances: "Instans hidup", instance: "Instans (★ ini)", since: "Mulai", seen: "Terakhir terlihat", readiness: "Kesiapan", calendar: "Kalender kerja",
    healthy: "Siap", unhealthy: "Tidak siap", degraded: "Menurun", decree: "SKB", provisional: "sementara", missing: "belum ada",
    points: "titik", noLocation: "Belum ada pengaduan terbuka dengan lokasi.", track: "Lacak", status: "Status",
    language: "English", none: "—",
    permits: "Perizinan", registry: "Kependudukan", stage: "Tahap", applications: "Permohonan", issuedMonth: "Terbit bulan ini",
    medianDays: "Median hari sampai terbit", type: "Jenis", days: "Hari", client: "Klien", verifications: "Verifikasi",
    lookups: "Pencarian", noMatch: "tidak cocok", lastHour: "1 jam terakhir", lastDay: "24 jam: verifikasi tidak cocok",
    reconciliation: "Selisih rekonsiliasi terbuka", lastImport: "Impor terakhir", rows: "baris", noImport: "Belum ada impor.",
    stage_submitted: "Diajukan", stage_under_review: "Diperiksa", stage_revision_requested: "Perlu perbaikan",
    stage_approved: "Disetujui", stage_fee_assessed: "Retribusi ditetapkan", stage_paid: "Dibayar",
    status_submitted: "Diajukan", status_verified: "Diverifikasi", status_rejected: "Ditolak", status_dispositioned: "Didisposisi",
    status_in_progress: "Dikerjakan", status_resolved: "Selesai", status_closed: "Ditutup", status_reopened: "Dibuka lagi", status_withdrawn: "Dicabut",
  },
  en: {
    title: "Command Centre", daily: "Daily summary", complaints: "Complaints", map: "Open complaints map",
    opds: "Per OPD and overdue", revenue: "Revenue", integrity: "Integrity", system: "System",
    today: "Today", week: "7 days", month: "30 days", filed: "filed", open: "Open", overdue: "Overdue",
    sla: "Resolution SLA, 30 days", slaShort: "SLA 30 days", statuses: "Status now (30 days)", opd: "OPD", code: "Code", category: "Category",
    daysLate: "Days late", noneOverdue: "Nothing is overdue.", updated: "Updated", unavailable: "Unavailable",
    connecting: "Connecting…", live: "Live", reconnecting: "Connection lost — reconnecting…",
    reconnected: "Reconnected", paidToday: "Received today", paidMonth: "This month", receipts: "receipts",
    bySource: "By source (this month)", byChannel: "By channel (this month)", intact: "Intact", broken: "Broken at position",
    records: "records", chains: "Audit chain per module", outbox: "Outbox", poisoned: "poisoned",
    deliveries: "Deliveries", failed: "failed", instances: "Instances alive", instance: "Instance (★ this one)", since: "Started", seen: "Last seen", readiness: "Readiness", calendar: "Working-day calendar",
    healthy: "Ready", unhealthy: "Not ready", degraded: "Degraded", decree: "decree", provisional: "provisional", missing: "missing",
    points: "points", noLocation: "No open complaint with a location yet.", track: "Track", status: "Status",
    language: "Bahasa Indonesia", none: "—",
    permits: "Permits", registry: "Civil registry", stage: "Stage", applications: "Applications", issuedMonth: "Issued this month",
    medianDays: "Median days to issue", type: "Type", days: "Days", client: "Client", verifications: "Verifications",
    lookups: "Lookups", noMatch: "no match", lastHour: "Last hour", lastDay: "24 h: verifications without a match",
    reconciliation: "Open reconciliation differences", lastImport: "Last import", rows: "rows", noImport: "No import yet.",
    stage_submitted: "Submitted", stage_under_review: "Under review", stage_revision_requested: "Revision requested",
    stage_approved: "Approved", stage_fee_assessed: "Fee assessed", stage_paid: "Paid",
    status_submitted: "Submitted", status_verified: "Verified", status_rejected: "Rejected", status_dispositioned: "Dispositioned",
    status_in_progress: "In progress", status_resolved: "Resolved", status_closed: "Closed", status_reopened: "Reopened", status_withdrawn: "Withdrawn",
  },
};

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ["#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#ff7a3d", "#cc79a7", "#ffffff"];
const ZONE = "Asia/Makassar";
// An OPD resolving fewer of its complaints on time than this is marked late beside its figure.
const SLA_TARGET = 0.8;
const SVG = "http://www.w3.org/2000/svg";

let language = localStorage.getItem("command-centre.language") === "en" ? "en" : "id";
let snapshot = null;
let connection = "connecting";
let lostAt = null;

const t = key => TEXTS[language][key] ?? key;
const number = value => new Intl.NumberFormat(language === "id" ? "id-ID" : "en-GB").format(value);
const rupiah = value => "Rp " + number(value);
const time = iso => new Intl.DateTimeFormat(language === "id" ? "id-ID" : "en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(new Date(iso));

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function figure(name, value, label, { text = null, kind = "", small = false } = {}) {
  return el("div", { class: "figure " + kind },
    el("span", { class: small ? "value small" : "value", "data-figure": name, "data-value": value }, text ?? number(value)),
    el("span", { class: "label" }, label));
}

// A compact table keeps a long list (every module's chain, the instances) inside its panel at 1920×1080.
function table(headers, rows, { compact = false } = {}) {
  const head = el("tr", {}, ...headers.map(([text, numeric]) => el("th", numeric ? { class: "n", scope: "col" } : { scope: "col" }, text)));
  return el("table", compact ? { class: "compact" } : {}, el("thead", {}, head), el("tbody", {}, ...rows));
}

function panel(id, asOf, draw) {
  const section = document.getElementById(id);
  if (!section) return;
  const body = section.querySelector(".body");
  const updated = section.querySelector(".updated");
  body.replaceChildren();
  if (asOf === null) {
    body.append(el("p", { class: "unavailable" }, "⚠ " + t("unavailable")));
    updated.textContent = "";
    return;
  }
  draw(body);
  updated.textContent = t("updated") + " " + time(asOf) + " WITA";
  updated.setAttribute("data-as-of", asOf);
}

function drawComplaints(c) {
  panel("complaints", c ? c.asOf : null, body => {
    const periods = [["today", c.today], ["week", c.week], ["month", c.month]].filter(([, stats]) => stats);
    body.append(el("div", { class: "figures" },
      ...periods.map(([key, stats]) => figure(`complaints.${key}.total`, stats.total, `${t(key)} · ${t("filed")}`))));
    const rate = c.month ? c.month.sla.resolution.compliance : null;
    body.append(el("div", { class: "figures" },
      figure("complaints.open", c.board.open, t("open")),
      figure("complaints.overdue", c.board.overdue, t("overdue"), { kind: c.board.overdue > 0 ? "warn" : "good" }),
      ...(c.month ? [figure("complaints.sla", rate ?? "", t("sla"), { text: rate === null ? t("none") : Math.round(rate * 100) + " %" })] : [])));
    if (c.month) {
      const statuses = Object.entries(c.month.byStatus).filter(([, count]) => count > 0);
      body.append(el("h3", {}, t("statuses")), table([[t("status")], [t("today"), true], [t("week"), true], [t("month"), true]],
        statuses.map(([status, count]) => el("tr", {},
          el("td", {}, t("status_" + status)),
          el("td", { class: "n", "data-figure": `complaints.today.${status}` }, number(c.today?.byStatus[status] ?? 0)),
          el("td", { class: "n", "data-figure": `complaints.week.${status}` }, number(c.week?.byStatus[status] ?? 0)),
          el("td", { class: "n", "data-figure": `complaints.month.${status}` }, number(count))))));
    }
  });
}

function drawOpds(c) {
  panel("opds", c ? c.asOf : null, body => {
    body.append(table([[t("opd")], [t("open"), true], [t("overdue"), true], [t("slaShort"), true]],
      c.board.byOpd.slice(0, 6).map(opd => {
        const rate = c.month?.slaByOpd?.[opd.opd]?.resolution?.compliance ?? null;
        return el("tr", { "data-opd": opd.opd },
          el("td", {}, opd.opd),
          el("td", { class: "n", "data-figure": `opd.${opd.opd}.open` }, number(opd.open)),
          el("td", { class: opd.overdue > 0 ? "n late" : "n", "data-figure": `opd.${opd.opd}.overdue` }, number(opd.overdue)),
          el("td", { class: rate !== null && rate < SLA_TARGET ? "n late" : "n", "data-figure": `opd.${opd.opd}.sla`, "data-value": rate ?? "" },
            rate === null ? t("none") : Math.round(rate * 100) + " %"));
      })));
    body.append(el("h3", {}, t("overdue")));
    if (c.board.mostOverdue.length === 0) {
      body.append(el("p", {}, "✓ " + t("noneOverdue")));
      return;
    }
    body.append(table([[t("code")], [t("category")], [t("opd")], [t("daysLate"), true]],
      c.board.mostOverdue.slice(0, 6).map(late => el("tr", { "data-overdue": late.trackingCode },
        el("td", {}, el("a", { href: `/api/v1/complaints/${late.id}` }, late.trackingCode)),
        el("td", {}, late.category),
        el("td", {}, late.opd),
        el("td", { class: "n late" }, number(late.daysLate))))));
  });
}

// Web Mercator in tile units at zoom z: the same projection as the tiles, so points sit on their streets.
function project(latitude, longitude, zoom) {
  const scale = 2 ** zoom;
  const sin = Math.sin(latitude * Math.PI / 180);
  return { x: (longitude + 180) / 360 * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

function drawMap(c) {
  panel("map", c ? c.asOf : null, body => {
    const bounds = c.bounds;
    const zoom = 13;
    const topLeft = project(bounds.maxLatitude, bounds.minLongitude, zoom);
    const bottomRight = project(bounds.minLatitude, bounds.maxLongitude, zoom);
    const width = 1000;
    const unit = width / (bottomRight.x - topLeft.x);
    const height = Math.round((bottomRight.y - topLeft.y) * unit);
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `${t("map")}: ${c.board.points.length} ${t("points")}`);
    svg.setAttribute("data-points", c.board.points.length);
    if (bounds.tileUrl) {
      for (let x = Math.floor(topLeft.x); x < bottomRight.x; x++) {
        for (let y = Math.floor(topLeft.y); y < bottomRight.y; y++) {
          const image = document.createElementNS(SVG, "image");
          image.setAttribute("href", bounds.tileUrl.replace("{z}", zoom).replace("{x}", x).replace("{y}", y));
          image.setAttribute("x", (x - topLeft.x) * unit);
          image.setAttribute("y", (y - topLeft.y) * unit);
          image.setAttribute("width", unit + 0.5);
          image.setAttribute("height", unit + 0.5);
          svg.append(image);
        }
      }
    }

    const categories = [...new Set(c.board.points.map(point => point.category))].sort();
    const colour = category => PALETTE[categories.indexOf(category) % PALETTE.length];
    // Clustering: points closer than a cell share one circle with their count.
    const cell = 40;
    const clusters = new Map();
    for (const point of c.board.points) {
      const p = project(point.latitude, point.longitude, zoom);
      const x = (p.x - topLeft.x) * unit, y = (p.y - topLeft.y) * unit;
      const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
      const cluster = clusters.get(key) ?? { x: 0, y: 0, points: [] };
      cluster.x += x; cluster.y += y; cluster.points.push(point);
      clusters.set(key, cluster);
    }
    const detail = el("div", { class: "detail", hidden: "" });
    for (const cluster of clusters.values()) {
      const count = cluster.points.length;
      const first = cluster.points[0];
      const circle = document.createElementNS(SVG, "circle");
      circle.setAttribute("cx", cluster.x / count);
      circle.setAttribute("cy", cluster.y / count);
      circle.setAttribute("r", count === 1 ? 22 : Math.min(48, 24 + 4 * Math.sqrt(count)));
      circle.setAttribute("fill", count === 1 ? colour(first.category) : "#f0f3f6");
      circle.setAttribute("class", "dot");
      circle.setAttribute("data-point", count === 1 ? first.trackingCode : "cluster");
      const title = document.createElementNS(SVG, "title");
      title.textContent = count === 1 ? `${first.trackingCode} · ${first.category}` : `${count}`;
      circle.append(title);
      circle.addEventListener("click", () => {
        detail.replaceChildren(...cluster.points.slice(0, 5).map(point => el("p", {},
          el("strong", {}, point.trackingCode), ` · ${point.category} · ${t("status_" + point.status)} · ${point.opd} · `,
          el("a", { href: `/api/v1/complaints/track/${encodeURIComponent(point.trackingCode)}` }, t("track")))));
        detail.hidden = false;
      });
      svg.append(circle);
      if (count > 1) {
        const label = document.createElementNS(SVG, "text");
        label.setAttribute("x", cluster.x / count);
        label.setAttribute("y", cluster.y / count);
        label.setAttribute("class", "cluster-count");
        label.setAttribute("font-size", "22");
        label.textContent = String(count);
        svg.append(label);
      }
    }
    body.append(svg, detail);
    body.append(c.board.points.length === 0
      ? el("div", { class: "legend" }, t("noLocation"))
      : el("div", { class: "legend" }, ...categories.map(category => {
          const swatch = el("span", {}, "● " + category);
          swatch.setAttribute("data-colour", colour(category));
          return swatch;
        })));
    for (const swatch of body.querySelectorAll(".legend [data-colour]")) swatch.style.color = swatch.getAttribute("data-colour");
  });
}

function totalsBy(rows, key) {
  const totals = new Map();
  for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.paidAmount);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

function drawRevenue(r) {
  panel("revenue", r ? r.asOf : null, body => {
    body.append(el("div", { class: "figures two" },
      figure("revenue.today.amount", r.today.paidAmount, `${t("paidToday")} · ${number(r.today.payments)} ${t("receipts")}`, { text: rupiah(r.today.paidAmount), small: true }),
      figure("revenue.month.amount", r.month.paidAmount, `${t("paidMonth")} · ${number(r.month.payments)} ${t("receipts")}`, { text: rupiah(r.month.paidAmount), small: true })));
    const open = r.month.openReconciliationItems;
    body.append(el("p", { class: open > 0 ? "state-warn" : "state-ok", "data-figure": "revenue.reconciliation.open", "data-value": open },
      (open > 0 ? "⚠ " : "✓ ") + `${t("reconciliation")}: ${number(open)}`));
    const part = (title, rows, name) => el("div", {}, el("h3", {}, title), table([[name], ["Rp", true]],
      rows.slice(0, 5).map(([key, amount]) => el("tr", {}, el("td", {}, key), el("td", { class: "n" }, number(amount))))));
    body.append(el("div", { class: "split" },
      part(t("bySource"), totalsBy(r.month.rows, "sourceModule"), "Modul"),
      part(t("byChannel"), totalsBy(r.month.rows, "channel"), "Kanal")));
  });
}

function drawIntegrity(i) {
  panel("integrity", i ? i.asOf : null, body => {
    const waiting = i.outboxes.reduce((sum, outbox) => sum + outbox.pending, 0);
    const poisoned = i.outboxes.reduce((sum, outbox) => sum + outbox.poisoned, 0);
    const pending = i.deliveries.reduce((sum, channel) => sum + channel.pending, 0);
    const failed = i.deliveries.reduce((sum, channel) => sum + channel.failed, 0);
    body.append(el("div", { class: "figures" },
      figure("integrity.outbox.pending", waiting, `${t("outbox")} · ${number(poisoned)} ${t("poisoned")}`, { kind: poisoned > 0 ? "warn" : "", small: true }),
      figure("integrity.deliveries.pending", pending, `${t("deliveries")} · ${number(failed)} ${t("failed")}`, { kind: failed > 0 ? "warn" : "", small: true })));
    body.append(el("h3", {}, t("chains")), table([["Modul"], [t("status")], [t("records"), true]],
      i.chains.map(chain => el("tr", { "data-chain": chain.module, "data-intact": chain.intact },
        el("td", {}, chain.module),
        el("td", { class: chain.intact ? "state-ok" : "state-bad" }, chain.intact ? "✓ " + t("intact") : `✗ ${t("broken")} ${chain.break.position}`),
        el("td", { class: "n" }, number(chain.verifiedRecords)))), { compact: true }));
  });
}

function drawPermits(p) {
  panel("permits", p ? p.asOf : null, body => {
    const overdue = p.byStage.reduce((sum, stage) => sum + stage.overdue, 0);
    body.append(el("div", { class: "figures two" },
      figure("permits.issuedMonth", p.issuedThisMonth, t("issuedMonth")),
      figure("permits.overdue", overdue, t("overdue"), { kind: overdue > 0 ? "warn" : "good" })));
    body.append(table([[t("stage")], [t("applications"), true], [t("overdue"), true]],
      p.byStage.map(stage => el("tr", { "data-stage": stage.status },
        el("td", {}, t("stage_" + stage.status)),
        el("td", { class: "n", "data-figure": `permits.${stage.status}` }, number(stage.applications)),
        el("td", { class: stage.overdue > 0 ? "n late" : "n" }, number(stage.overdue))))));
    const medians = Object.entries(p.medianDaysByType);
    if (medians.length > 0) {
      body.append(el("h3", {}, t("medianDays")), table([[t("type")], [t("days"), true]],
        medians.slice(0, 4).map(([type, days]) => el("tr", {}, el("td", {}, type), el("td", { class: "n" }, number(days))))));
    }
  });
}

function drawRegistry(r) {
  panel("registry", r ? r.asOf : null, body => {
    const hourTotal = r.lastHour.reduce((sum, client) => sum + client.verifications + client.lookups, 0);
    body.append(el("div", { class: "figures two" },
      figure("registry.lastHour", hourTotal, `${t("lastHour")} · ${t("verifications")} + ${t("lookups")}`),
      figure("registry.noMatchShare", r.noMatchShare ?? "", t("lastDay"), { text: r.noMatchShare === null ? t("none") : Math.round(r.noMatchShare * 100) + " %", small: true })));
    body.append(table([[t("client")], [t("verifications"), true], [t("noMatch"), true], [t("lookups"), true]],
      r.lastHour.slice(0, 5).map(client => el("tr", { "data-client": client.client },
        el("td", {}, client.client),
        el("td", { class: "n" }, number(client.verifications)),
        el("td", { class: "n" }, number(client.noMatch)),
        el("td", { class: "n" }, number(client.lookups))))));
    body.append(el("h3", {}, t("lastImport")), r.lastImport
      ? el("p", { "data-import": r.lastImport.status }, `${r.lastImport.status} · ${time(r.lastImport.finishedAt ?? r.lastImport.requestedAt)} WITA · ${number(r.lastImport.rowsRead)} ${t("rows")}`)
      : el("p", {}, t("noImport")));
  });
}

function drawSystem(s) {
  panel("system", s ? s.asOf : null, body => {
    const ready = s.readiness === "Healthy";
    body.append(el("div", { class: "figures two" },
      figure("system.instances", s.instances.length, t("instances"), { kind: s.instances.length > 0 ? "" : "warn" }),
      figure("system.readiness", s.readiness, t("readiness"), { text: (ready ? "✓ " : "⚠ ") + t(s.readiness.toLowerCase()), kind: ready ? "good" : "warn", small: true })));
    body.append(table([[t("instance")], [t("since")], [t("seen"), true]],
      s.instances.slice(0, 4).map(instance => el("tr", { "data-instance": `${instance.hostName}/${instance.processId}` },
        el("td", {}, `${instance.hostName} · ${instance.processId}` + (instance.current ? " ★" : "")),
        el("td", {}, time(instance.startedAt)),
        el("td", { class: "n" }, time(instance.lastSeenAt)))), { compact: true }));
    const notReady = s.checks.filter(check => check.status !== "Healthy");
    if (notReady.length > 0) body.append(el("p", { class: "state-warn" }, notReady.map(check => `⚠ ${check.name}: ${t(check.status.toLowerCase())}`).join(" · ")));
    body.append(el("h3", {}, t("calendar")), table([["Tahun / Year"], [t("status")]],
      s.calendarYears.map(year => el("tr", { "data-year": year.year, "data-status": year.status },
        el("td", {}, year.year),
        el("td", { class: year.status === "decree" ? "state-ok" : "state-warn" }, (year.status === "decree" ? "✓ " : "⚠ ") + t(year.status)))), { compact: true }));
  });
}

function draw() {
  if (!snapshot) return;
  drawComplaints(snapshot.complaints);
  drawMap(snapshot.complaints);
  drawOpds(snapshot.complaints);
  if (document.body.classList.contains("city")) {
    drawPermits(snapshot.permits);
    drawRevenue(snapshot.revenue);
    drawRegistry(snapshot.registry);
    drawIntegrity(snapshot.integrity);
    drawSystem(snapshot.system);
  }
}

function showConnection() {
  const status = document.getElementById("connection");
  status.setAttribute("data-state", connection);
  status.textContent = connection === "reconnected" ? `${t("reconnected")} ${time(new Date().toISOString())}` : t(connection);
}

function translate() {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.getAttribute("data-t"));
  const button = document.getElementById("language");
  button.textContent = t("language");
  button.lang = language === "id" ? "en" : "id";
  showConnection();
  draw();
}

function tick() {
  document.getElementById("clock").textContent = time(new Date().toISOString());
}

function connect() {
  const events = new EventSource("/command-centre/events");
  events.addEventListener("open", () => {
    connection = lostAt === null ? "live" : "reconnected";
    showConnection();
  });
  events.addEventListener("snapshot", event => {
    snapshot = JSON.parse(event.data);
    document.body.setAttribute("data-received", new Date().toISOString());
    draw();
  });
  events.addEventListener("error", () => {
    lostAt = new Date();
    connection = "reconnecting";
    showConnection();
    // The browser retries by itself; a stream the server refused (signed out) is closed and needs the page again.
    if (events.readyState === EventSource.CLOSED) setTimeout(() => { events.close(); connect(); }, 3000);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("language").addEventListener("click", () => {
    language = language === "id" ? "en" : "id";
    localStorage.setItem("command-centre.language", language);
    translate();
  });
  translate();
  tick();
  setInterval(tick, 1000);
  connect();
});
