#!/usr/bin/env bash
# Helpers of build/bench/run.sh (sourced, not run): logging, processes by PID, ports, readiness, /proc figures, and
# reading the lines that wrk's Lua and the APIs print.

log() { printf '[%s +%4ds] %s\n' "$(date -u +%H:%M:%S)" "$SECONDS" "$*" >&2; }

fail() { log "FAILED: $*"; exit 1; }

stop_pid() {
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    local remaining=()
    for other in "${pids[@]}"; do [[ $other == "$pid" ]] || remaining+=("$other"); done
    pids=("${remaining[@]}")
}

# Runs a command in the background with its output in a file and waits for it: a trapped signal (Ctrl-C, TERM)
# interrupts `wait` at once, where a foreground child would first have to finish. Returns the command's status.
run_tracked() {
    local output=$1 status=0 pid
    shift
    if declare -F "$1" >/dev/null; then
        ("$@") >"$output" 2>&1 &
    else
        (exec "$@") >"$output" 2>&1 &
    fi
    pid=$!
    pids+=("$pid")
    wait "$pid" || status=$?
    stop_pid "$pid"
    return "$status"
}

as_postgres() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

seconds_of() {
    case $1 in
        *m) echo $((${1%m} * 60)) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    fail "no free port on 127.0.0.1"
}

# Waits for a URL to answer 2xx while the process is alive; shows the end of its log when it is not.
wait_ready() {
    local url=$1 pid=$2 logfile=$3 limit=${4:-180}
    for _ in $(seq 1 $((limit * 2))); do
        kill -0 "$pid" 2>/dev/null || { tail -n 40 "$logfile" >&2; fail "process $pid exited before $url answered (log: $logfile)"; }
        curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
        sleep 0.5
    done
    tail -n 40 "$logfile" >&2
    fail "$url did not answer within ${limit}s (log: $logfile)"
}

json_field() { tr -d '\n' <<<"$2" | sed -nE "s/.*\"$1\": *\"?([^\",}]*)\"?.*/\1/p"; }

reset_peak_rss() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || log "cannot reset the peak RSS of $1: figures are peaks since start"; }

peak_rss_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

bench_field() { sed -nE "s/.*[ ]$1=([^ ]+).*/\1/p" <<<"$2"; }

now() { date +%s.%N; }

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
