#!/usr/bin/env bash
# Reproduces the figures of docs/benchmarks.md, end to end and by itself, on 127.0.0.1 only: builds the host and the
# bare ceiling app in Release, seeds each database through its bulk path, drives the scenarios with wrk, measures the
# CSV import against the engine's own bulk load, and rewrites the figures section of docs/benchmarks.md.
# SQLite always; PostgreSQL when Debian's binaries are in /usr/lib/postgresql/*/bin (a throw-away cluster).
# Every process it starts is stopped by its PID on exit, failure or Ctrl-C. Settings: see docs/benchmarks.md.
set -Eeuo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench=$repo/build/bench

duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-5s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
residents=${BENCH_RESIDENTS:-1000000}
complaints=${BENCH_COMPLAINTS:-100000}
invoices=${BENCH_INVOICES:-100000}
import_rows=${BENCH_IMPORT_ROWS:-$residents}
import_timeout=${BENCH_IMPORT_TIMEOUT:-900}
webhook_rate=${BENCH_WEBHOOK_RATE:-50}
databases=${BENCH_DATABASES:-sqlite postgresql}
document=${BENCH_DOCUMENT:-$repo/docs/benchmarks.md}
keep=${BENCH_KEEP:-0}
work=${BENCH_WORK_DIR:-$(mktemp -d /tmp/govservices-bench-XXXXXX)}
run_id=$(date -u +%Y%m%d%H%M%S)-$$
# shellcheck source=build/bench/functions.sh
source "$bench/functions.sh"
# The bench measures the code, not the rate limits: every limit is raised far above what wrk can send.
unlimited=1000000000

pids=()          # every background process this script started, stopped by PID in cleanup
pg_data=""       # the throw-away PostgreSQL cluster, stopped with pg_ctl in cleanup
pg_bin=""
pg_port=""
results=$work/results.tsv
ceiling_measured=0
warmup_override=()

cleanup() {
    local status=$?
    trap - EXIT INT TERM ERR
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    if [[ -n $pg_data && -f $pg_data/postmaster.pid ]]; then
        as_postgres "$pg_bin/pg_ctl" stop -D "$pg_data" -m fast -w -t 30 >/dev/null 2>&1 || log "could not stop PostgreSQL in $pg_data"
    fi
    if [[ $status != 0 ]]; then
        log "stopped with exit code $status; logs kept in $work/logs"
    elif [[ $keep != 1 ]]; then
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'log "FAILED at line $LINENO: $BASH_COMMAND"' ERR

ensure_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v sqlite3 >/dev/null || missing+=(sqlite3)
    command -v curl >/dev/null || missing+=(curl)
    if ((${#missing[@]})); then
        [[ $(id -u) == 0 ]] || fail "missing ${missing[*]}: install them (apt-get install -y ${missing[*]})"
        log "installing ${missing[*]} from Debian's packages"
        apt-get install -y "${missing[@]}" >"$work/logs/apt.log" 2>&1 \
            || { apt-get update >>"$work/logs/apt.log" 2>&1 && apt-get install -y "${missing[@]}" >>"$work/logs/apt.log" 2>&1; } \
            || fail "apt-get install ${missing[*]} failed (log: $work/logs/apt.log)"
    fi
    command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is required"
}

build() {
    log "building the host, the ceiling app and the bench tool in Release"
    run_tracked "$work/logs/build-host.log" dotnet publish "$repo/src/Host/GovServices.Host" -c Release -o "$work/host" \
        || { tail -n 30 "$work/logs/build-host.log" >&2; fail "building the host failed"; }
    run_tracked "$work/logs/build-ceiling.log" dotnet publish "$bench/GovServices.Bench.Ceiling" -c Release -o "$work/ceiling" \
        || { tail -n 30 "$work/logs/build-ceiling.log" >&2; fail "building the ceiling app failed"; }
    run_tracked "$work/logs/build-tool.log" dotnet publish "$bench/GovServices.Bench" -c Release -o "$work/tool" \
        || { tail -n 30 "$work/logs/build-tool.log" >&2; fail "building the bench tool failed"; }
}

tool() { dotnet "$work/tool/GovServices.Bench.dll" "$@"; }

start_postgres() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $pg_bin && -x $pg_bin/initdb ]] || return 1
    local root=$work/pg
    mkdir -p "$root"
    if [[ $(id -u) == 0 ]]; then
        # mktemp makes the work folder 0700: the postgres user must be able to pass through it to its cluster.
        chmod 711 "$work"
        chown -R postgres:postgres "$root"
    fi
    pg_port=$(free_port)
    log "starting a throw-away PostgreSQL $(basename "$(dirname "$pg_bin")") cluster on 127.0.0.1:$pg_port"
    as_postgres "$pg_bin/initdb" -D "$root/data" -A trust -U postgres -E UTF8 --no-locale >"$work/logs/initdb.log" 2>&1 \
        || fail "initdb failed (log: $work/logs/initdb.log)"
    pg_data=$root/data
    as_postgres "$pg_bin/pg_ctl" start -D "$pg_data" -l "$root/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$root -c max_connections=200" >/dev/null \
        || { cat "$root/postgres.log" >&2; fail "PostgreSQL did not start"; }
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }

# Sets database_args for the host and the tool: the SQLite data directory or the PostgreSQL database.
use_database() {
    local db=$1 name=$2
    if [[ $db == postgresql ]]; then
        psql_admin -d postgres -c "CREATE DATABASE $name" >/dev/null
        connection_string="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$name"
        host_database_args=(--Database:Provider=PostgreSql "--ConnectionStrings:GovServices=$connection_string")
        tool_database_args=(--Provider PostgreSql --ConnectionString "$connection_string")
    else
        mkdir -p "$work/$name"
        host_database_args=(--Database:Provider=Sqlite "--Database:DataDirectory=$work/$name")
        tool_database_args=(--Provider Sqlite --DataDirectory "$work/$name")
    fi
}

# Runs outside Development and Production: certificates as in production, plain HTTP on loopback (OpenIddict
# requires HTTPS only in Production), demo clients seeded by their flag, no demo residents, no rate limits.
start_host() {
    local name=$1
    shift
    host_port=$(free_port)
    host_url=http://127.0.0.1:$host_port
    (cd "$work/host" && ASPNETCORE_ENVIRONMENT=Benchmark exec dotnet GovServices.Host.dll \
        --urls "$host_url" "${host_database_args[@]}" \
        --Identity:Issuer=https://govservices.bench/ --Identity:SeedDemoData=true --CivilRegistry:SeedDemoData=false \
        "--Identity:SigningCertificatePath=$work/certificates/signing.pfx" --Identity:SigningCertificatePassword=bench-only \
        "--Identity:EncryptionCertificatePath=$work/certificates/encryption.pfx" --Identity:EncryptionCertificatePassword=bench-only \
        "--DataProtection:CertificatePath=$work/certificates/key-ring.pfx" --DataProtection:CertificatePassword=bench-only \
        --Payments:Channels:bank-channel:SigningKey=bank-channel-secret \
        --RateLimits:TokenRequestsPerMinute=$unlimited --RateLimits:SignInAttemptsPerMinute=$unlimited \
        --RateLimits:RegistryLookupsPerMinute=$unlimited --RateLimits:PublicRequestsPerMinute=$unlimited \
        "$@") >"$work/logs/$name.log" 2>&1 &
    host_pid=$!
    pids+=("$host_pid")
    wait_ready "$host_url/health/ready" "$host_pid" "$work/logs/$name.log"
}

start_ceiling() {
    ceiling_port=$(free_port)
    ceiling_url=http://127.0.0.1:$ceiling_port
    (cd "$work/ceiling" && ASPNETCORE_ENVIRONMENT=Benchmark exec dotnet GovServices.Bench.Ceiling.dll \
        --urls "$ceiling_url" "${host_database_args[@]}") >"$work/logs/ceiling-$1.log" 2>&1 &
    ceiling_pid=$!
    pids+=("$ceiling_pid")
    wait_ready "$ceiling_url/ceiling" "$ceiling_pid" "$work/logs/ceiling-$1.log"
}

token() {
    local client=$1 secret=$2 scope=$3 answer
    answer=$(curl -fsS "$host_url/connect/token" -d grant_type=client_credentials -d "client_id=$client" \
        -d "client_secret=$secret" --data-urlencode "scope=$scope") || fail "no token for $client"
    # OpenIddict indents its JSON: read the field wherever the line breaks fall.
    tr -d '\n' <<<"$answer" | sed -nE 's/.*"access_token": *"([^"]+)".*/\1/p' | grep . || fail "no access_token in: $answer"
}

# CPU time (user + system, in clock ticks) the process has used: per request it is a figure a busy machine spoils less.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run_wrk OUTPUT LENGTH URL SCRIPT [ARGS…]: wrk ends by itself after LENGTH (and at most 5 s more for a late answer).
run_wrk() {
    local output=$1 length=$2 url=$3 script=$4
    shift 4
    run_tracked "$output" env -C "$bench/lua" wrk -t"$threads" -c"$connections" -d"$length" --timeout 5s -s "$script" "$url" -- "$@"
}

# measure NUMBER NAME PID URL SCRIPT [ARGS…]: a warm-up (not recorded), then the measured run.
measure() {
    local number=$1 name=$2 pid=$3 url=$4 script=$5
    shift 5
    local warmup_args=("$@") measured_args=("$@")
    if [[ -n ${warmup_override:-} ]]; then warmup_args=("${warmup_override[@]}"); fi
    log "scenario $number on $database: $name — warm-up $warmup, then $duration, $connections connections"
    run_wrk "$work/logs/wrk-$database-$number-warmup.log" "$warmup" "$url" "$script" "${warmup_args[@]}" \
        || { cat "$work/logs/wrk-$database-$number-warmup.log" >&2; fail "wrk failed in the warm-up of scenario $number"; }
    reset_peak_rss "$pid"
    local output line cpu_before
    cpu_before=$(cpu_ticks "$pid")
    run_wrk "$work/logs/wrk-$database-$number.log" "$duration" "$url" "$script" "${measured_args[@]}" \
        || { cat "$work/logs/wrk-$database-$number.log" >&2; fail "wrk failed in scenario $number"; }
    output=$(<"$work/logs/wrk-$database-$number.log")
    line=$(grep '^BENCH ' <<<"$output") || { echo "$output" >&2; fail "wrk printed no figures for scenario $number"; }
    local rss note="-" replays cpu_ms
    rss=$(peak_rss_mb "$pid")
    cpu_ms=$(awk -v ticks=$(($(cpu_ticks "$pid") - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$(bench_field requests "$line")" \
        'BEGIN { printf "%.3f", (n > 0 ? ticks * 1000 / hz / n : 0) }')
    replays=$(bench_field replays "$line")
    [[ $replays == 0 ]] || note="$replays notifications repeated: more invoices needed (BENCH_INVOICES)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t-\t%s\t%s\n' "$database" "$number" "$name" \
        "$(bench_field rps "$line")" "$(bench_field p50 "$line")" "$(bench_field p95 "$line")" "$(bench_field p99 "$line")" \
        "$(bench_field requests "$line")" "$(bench_field non2xx "$line")" "$(bench_field socket "$line")" "$rss" "$note" "$cpu_ms" >>"$results"
    log "  $(bench_field rps "$line") req/s, p50 $(bench_field p50 "$line") ms, p99 $(bench_field p99 "$line") ms, non-2xx $(bench_field non2xx "$line"), socket errors $(bench_field socket "$line"), peak RSS $rss MB, $cpu_ms ms CPU per request"
    if grep -q '^BENCH-FIRST-ERROR' <<<"$output"; then log "  first error: $(grep '^BENCH-FIRST-ERROR' <<<"$output" | cut -c 19-300)"; fi
    warmup_override=()
}

seed_database() {
    log "migrating and seeding the demo clients on $database"
    start_host "$database-migrate"
    stop_pid "$host_pid"
    log "seeding $residents residents, $complaints complaints and $invoices invoices on $database (bulk path)"
    run_tracked "$work/logs/seed-$database.log" dotnet "$work/tool/GovServices.Bench.dll" seed "${tool_database_args[@]}" \
        --Residents "$residents" --Complaints "$complaints" --Invoices "$invoices" --Out "$work/$database-seed" \
        || { cat "$work/logs/seed-$database.log" >&2; fail "seeding $database failed"; }
    while read -r line; do log "  $line"; done <"$work/logs/seed-$database.log"
    [[ $database == postgresql ]] && psql_admin -d govservices -c "ANALYZE" >/dev/null
    return 0
}

run_scenarios() {
    local seed=$work/$database-seed
    start_ceiling "$database"
    if [[ $ceiling_measured == 0 ]]; then
        local saved=$database
        database=none
        measure 1 "ceiling: bare Minimal API, constant" "$ceiling_pid" "$ceiling_url" ceiling.lua
        database=$saved
        ceiling_measured=1
    fi
    measure 2 "ceiling-db: same SELECT, plain Dapper" "$ceiling_pid" "$ceiling_url" get-complaint.lua /ceiling-db/complaints/ "$seed/complaint-ids.txt"
    stop_pid "$ceiling_pid"

    start_host "$database-bench"
    local partner
    partner=$(token partner-app partner-app-secret "complaints.submit complaints.read registry.verify")
    measure 3 "GET complaint with a token" "$host_pid" "$host_url" get-complaint.lua /api/v1/complaints/ "$seed/complaint-ids.txt" "$partner"
    partner=$(token partner-app partner-app-secret "complaints.submit complaints.read registry.verify")
    measure 4 "NIK verification, $residents residents" "$host_pid" "$host_url" verify-nik.lua "$partner" "$seed/residents.tsv"
    partner=$(token partner-app partner-app-secret "complaints.submit complaints.read registry.verify")
    warmup_override=("$partner" "$run_id-warmup")
    measure 5 "filing a complaint (Idempotency-Key)" "$host_pid" "$host_url" file-complaint.lua "$partner" "$run_id"
    measure 6 "/connect/token client_credentials" "$host_pid" "$host_url" token.lua

    local bank warmup_count=$((invoices / 5))
    bank=$(token bank-channel bank-channel-secret payments.channel)
    tool sign-payments --Invoices "$seed/invoices.tsv" --From 0 --Count "$warmup_count" --Token "$bank" --RunId "$run_id" --Out "$work/$database-payments-warmup.tsv"
    tool sign-payments --Invoices "$seed/invoices.tsv" --From "$warmup_count" --Count $((invoices - warmup_count)) --Token "$bank" --RunId "$run_id" --Out "$work/$database-payments.tsv"
    warmup_override=("$bank" "$work/$database-payments-warmup.tsv" "$threads")
    measure 7 "bank payment notification (SNAP)" "$host_pid" "$host_url" bank-payment.lua "$bank" "$work/$database-payments.tsv" "$threads"
    stop_pid "$host_pid"
}

# Scenario 9: complaints filed at a steady rate by partner-app, whose subscription's receiver (in the tool, on
# 127.0.0.1, hence the guard's AllowPrivateAddresses) records each delivery; latency from the status change to it.
webhook_scenario() {
    log "scenario 9 on $database: webhook delivery — $webhook_rate complaints/s for $duration to a subscriber on 127.0.0.1"
    local metrics_port
    metrics_port=$(free_port)
    start_host "$database-webhooks" --Notifications:Webhooks:AllowPrivateAddresses=true "--Metrics:Port=$metrics_port"
    drain_outbox "http://127.0.0.1:$metrics_port/metrics"
    local partner line rss cpu_before cpu_ms note
    partner=$(token partner-app partner-app-secret "complaints.submit notifications.manage")
    reset_peak_rss "$host_pid"
    cpu_before=$(cpu_ticks "$host_pid")
    run_tracked "$work/logs/webhooks-$database.log" tool webhook-delivery --Host "$host_url" --Token "$partner" \
        --RunId "$run_id-$database" --Rate "$webhook_rate" --Seconds "$(seconds_of "$duration")" \
        || { cat "$work/logs/webhooks-$database.log" >&2; fail "scenario 9 failed"; }
    line=$(grep '^BENCH ' "$work/logs/webhooks-$database.log") || fail "the webhook scenario printed no figures"
    rss=$(peak_rss_mb "$host_pid")
    cpu_ms=$(awk -v ticks=$(($(cpu_ticks "$host_pid") - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$(bench_field requests "$line")" \
        'BEGIN { printf "%.3f", (n > 0 ? ticks * 1000 / hz / n : 0) }')
    note="$(bench_field filed "$line") filed at $webhook_rate/s; latency from the status change to the receiver"
    [[ $(bench_field replays "$line") == 0 ]] || note+="; $(bench_field replays "$line") delivered twice"
    printf '%s\t9\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t-\t%s\t%s\n' "$database" "webhook delivery (deliveries/s)" \
        "$(bench_field rps "$line")" "$(bench_field p50 "$line")" "$(bench_field p95 "$line")" "$(bench_field p99 "$line")" \
        "$(bench_field requests "$line")" "$(bench_field non2xx "$line")" "$(bench_field socket "$line")" "$rss" "$note" "$cpu_ms" >>"$results"
    log "  $(bench_field rps "$line") deliveries/s, p50 $(bench_field p50 "$line") ms, p99 $(bench_field p99 "$line") ms, filings failed $(bench_field non2xx "$line"), never delivered $(bench_field socket "$line"), peak RSS $rss MB"
    stop_pid "$host_pid"
}

# Sums the outbox gauge of every module schema from the host's Prometheus endpoint.
outbox_pending() {
    curl -fsS "$1" | awk '/^govservices_outbox_pending[{ ]/ { sum += $NF } END { printf "%d", sum }'
}

# Scenarios 5 and 7 leave their integration events in the outboxes (filings, payments: one message each). Scenario 9
# measures a webhook from its event on, so it starts when they are delivered; how fast they went is a figure too.
drain_outbox() {
    local metrics=$1 pending started waited
    pending=$(outbox_pending "$metrics") || fail "cannot read the outbox backlog from $metrics"
    started=$(now)
    for _ in $(seq 1 1200); do
        waited=$(outbox_pending "$metrics") || fail "cannot read the outbox backlog from $metrics"
        [[ $waited == 0 ]] && break
        sleep 0.5
    done
    [[ $waited == 0 ]] || fail "the outbox still holds $waited of $pending messages after 600 s"
    local seconds
    seconds=$(elapsed "$started" "$(now)")
    log "  outbox: $pending messages left by scenarios 5-7 delivered in $seconds s"
    ((pending > 0)) || return 0
    printf '%s\t9\t%s\t%s\t-\t-\t-\t%s\t0\t0\t-\t%s\t%s\t-\n' "$database" "outbox: the backlog of scenarios 5–7 delivered (messages/s)" \
        "$(per_second "$pending" "$seconds")" "$pending" "$seconds" "$pending messages in $seconds s, before the webhook run" >>"$results"
}

native_load() {
    local csv=$1 columns
    columns=$(head -n 1 "$csv" | tr -d '\r\n' | sed -E 's/^([^,]+)/\1 TEXT NOT NULL PRIMARY KEY/; s/,([^,]+)/, \1 TEXT/g')
    if [[ $database == postgresql ]]; then
        psql_admin -d govservices_import -c "CREATE TABLE resident_csv ($columns)" >/dev/null
        psql_admin -d govservices_import -c "\\copy resident_csv FROM '$csv' WITH (FORMAT csv, HEADER true)" >/dev/null
    else
        sqlite3 "$work/$database-native.db" "CREATE TABLE resident_csv ($columns)" ".import --csv --skip 1 $csv resident_csv"
    fi
}

import_scenario() {
    local csv=$work/residents.csv
    if [[ ! -s $csv ]]; then
        log "writing the import file: $import_rows residents as CSV"
        run_tracked "$work/logs/residents-csv.log" dotnet "$work/tool/GovServices.Bench.dll" residents-csv --Count "$import_rows" --Out "$csv" \
            || { cat "$work/logs/residents-csv.log" >&2; fail "writing the import file failed"; }
    fi
    log "scenario 8 on $database: the engine's own bulk load of the same file"
    [[ $database == postgresql ]] && use_database postgresql govservices_import
    local started finished seconds
    started=$(now)
    run_tracked "$work/logs/native-$database.log" native_load "$csv" || { cat "$work/logs/native-$database.log" >&2; fail "the native load failed"; }
    finished=$(now)
    seconds=$(elapsed "$started" "$finished")
    printf '%s\t8\t%s\t%s\t-\t-\t-\t%s\t0\t0\t-\t%s\t-\t-\n' "$database" "native bulk load ($([[ $database == postgresql ]] && echo 'COPY' || echo 'sqlite3 .import'))" \
        "$(per_second "$import_rows" "$seconds")" "$import_rows" "$seconds" >>"$results"
    log "  native: $seconds s"

    log "scenario 8 on $database: the import API into an empty registry"
    [[ $database == sqlite ]] && use_database sqlite "$database-import"
    start_host "$database-import" --CivilRegistry:Import:PollInterval=00:00:00.200
    local opd answer job status="" report
    opd=$(token opd-system opd-system-secret registry.import)
    reset_peak_rss "$host_pid"
    local cpu_before
    cpu_before=$(cpu_ticks "$host_pid")
    started=$(now)
    answer=$(curl -fsS "$host_url/api/v1/civil-registry/imports" -H "Authorization: Bearer $opd" \
        -H 'Content-Type: text/csv' -H 'Content-Disposition: attachment; filename="residents.csv"' --data-binary "@$csv") \
        || fail "the import API refused the file"
    job=$(json_field id "$answer")
    [[ -n $job ]] || fail "no job id in the import answer: $answer"
    for poll in $(seq 1 $((import_timeout * 2))); do
        ((poll % 240 == 0)) && opd=$(token opd-system opd-system-secret registry.import)
        report=$(curl -fsS "$host_url/api/v1/civil-registry/imports/$job?limit=1" -H "Authorization: Bearer $opd") || fail "cannot read import $job"
        status=$(json_field status "$report")
        [[ ${status,,} == completed || ${status,,} == failed ]] && break
        sleep 0.5
    done
    finished=$(now)
    [[ ${status,,} == completed ]] || fail "import $job ended as '${status:-still running after ${import_timeout}s}': $report"
    seconds=$(elapsed "$started" "$finished")
    local inserted failed rss cpu_ms
    inserted=$(json_field rowsInserted "$report")
    failed=$(json_field rowsFailed "$report")
    rss=$(peak_rss_mb "$host_pid")
    # The host's CPU time per 1,000 rows: on a shared machine the steadier figure than the wall-clock time.
    cpu_ms=$(awk -v ticks=$(($(cpu_ticks "$host_pid") - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$import_rows" \
        'BEGIN { printf "%.1f", (n > 0 ? ticks * 1000 / hz / n * 1000 : 0) }')
    printf '%s\t8\t%s\t%s\t-\t-\t-\t%s\t%s\t0\t%s\t%s\t-\t-\n' "$database" "import API (CSV upload, background worker)" \
        "$(per_second "$import_rows" "$seconds")" "$import_rows" "${failed:-0}" "$rss" "$seconds" >>"$results"
    log "  import API: $seconds s, $inserted inserted, $failed failed, peak RSS $rss MB, host CPU $cpu_ms ms per 1,000 rows"
    stop_pid "$host_pid"
}

mkdir -p "$work/logs"
: >"$results"
ensure_tools
log "working in $work; scenarios of $duration after a $warmup warm-up, $connections connections, $threads wrk threads"
build
tool certificates --Out "$work/certificates"
started_load=$(cut -d ' ' -f 1-3 /proc/loadavg)

for database in $databases; do
    if [[ $database == postgresql ]] && ! start_postgres; then
        log "PostgreSQL skipped: no binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
        continue
    fi
    use_database "$database" "$([[ $database == postgresql ]] && echo govservices || echo "$database-data")"
    seed_database
    run_scenarios
    webhook_scenario
    import_scenario
done

commit=$(git -C "$repo" rev-parse --short HEAD)
[[ -z $(git -C "$repo" status --porcelain -- src build) ]] || commit="$commit (with uncommitted changes)"
wrk_version=$( { wrk -v 2>&1 || true; } | head -n 1 | cut -d ' ' -f 1-2)
settings="Load generator=$wrk_version, $threads threads, $connections connections, $warmup warm-up then $duration per scenario"
settings+=";Data=$residents residents, $complaints complaints, $invoices invoices, an import file of $import_rows rows"
settings+=";Databases=SQLite $(sqlite3 --version | cut -d ' ' -f 1) (WAL)$([[ -z $pg_port ]] || echo ", PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (throw-away cluster, default durability)")"
settings+=";Webhooks=scenario 9 files $webhook_rate complaints/s for $duration with one partner-app subscriber"
settings+=";Host=Release, environment Benchmark, rate limits raised to $unlimited/min"
settings+=";Load average=$started_load at the start, $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"
tool report --Results "$results" --Document "$document" --Commit "$commit" --Settings "$settings"
log "done in ${SECONDS}s: figures written to ${document#"$repo"/}"
