#!/usr/bin/env bash
# Load check of the glutewise web server, on this machine only (127.0.0.1).
#
# Starts the shaded jar, then drives it with wrk, each run bounded in time:
#   1. POST /api/plans   for RUN_SECONDS (default 30)
#   2. GET  /health      for RUN_SECONDS
#   3. POST /api/plans   for SOAK_SECONDS (default 120) while sampling the server's RSS every 10 s
# and reports requests/s and p99 latency of each, their ratio, the count of non-2xx responses
# (which must be zero) and the memory samples. Stops the server when done, however it ends.
#
# Needs: java 17+, wrk (apt-get install -y wrk), and the jar:
#   ./mvnw -pl web-adapter -am package -DskipTests
# Environment: PORT (18181), THREADS (2), CONNECTIONS (16), RUN_SECONDS, SOAK_SECONDS, WARMUP_SECONDS (15),
#   JAVA_OPTS (-Xmx256m).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-18181}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
run_seconds="${RUN_SECONDS:-30}"
soak_seconds="${SOAK_SECONDS:-120}"
java_opts="${JAVA_OPTS:--Xmx256m}"
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "load.sh: wrk is missing: apt-get install -y wrk" >&2; exit 2; }
jar="$(ls "$root"/web-adapter/target/glutewise-web-*-all.jar 2>/dev/null | head -n 1 || true)"
[ -n "$jar" ] || { echo "load.sh: build the jar first: ./mvnw -pl web-adapter -am package -DskipTests" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java $java_opts -jar "$jar" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null || { echo "load.sh: the server did not come up" >&2; exit 1; }
echo "server: $(basename "$jar"), pid $server_pid, $java_opts, on $base"
echo "wrk: $threads threads, $connections connections"

# Prints the RESULT line of one wrk run: load METHOD PATH SECONDS
load() {
  LOAD_METHOD="$1" LOAD_BODY="$here/plan-request.json" \
    wrk -t"$threads" -c"$connections" -d"$3s" --timeout 10s -s "$here/count-statuses.lua" "$base$2" \
    | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# a short warm-up so the JIT has seen the code before anything is measured
load POST /api/plans "${WARMUP_SECONDS:-15}" >/dev/null
load GET /health 5 >/dev/null

plans="$(load POST /api/plans "$run_seconds")"
health="$(load GET /health "$run_seconds")"

rss_samples=()
sample_rss() { ps -o rss= -p "$server_pid" | tr -d ' '; }
rss_samples+=("$(sample_rss)")
load POST /api/plans "$soak_seconds" >"$work/soak.txt" &
soak_pid=$!
elapsed=0
while kill -0 "$soak_pid" 2>/dev/null && [ "$elapsed" -lt "$((soak_seconds + 30))" ]; do
  sleep 10
  elapsed=$((elapsed + 10))
  kill -0 "$soak_pid" 2>/dev/null && rss_samples+=("$(sample_rss)")
done
wait "$soak_pid"
soak="$(cat "$work/soak.txt")"
rss_samples+=("$(sample_rss)")

printf '\n%-28s %10s %10s %10s %8s\n' "run" "req/s" "p50 ms" "p99 ms" "non-2xx"
for name in plans health soak; do
  line="${!name}"
  label="POST /api/plans (${run_seconds}s)"
  [ "$name" = health ] && label="GET /health (${run_seconds}s)"
  [ "$name" = soak ] && label="POST /api/plans (${soak_seconds}s)"
  printf '%-28s %10s %10s %10s %8s\n' "$label" "$(field rps "$line")" "$(field p50_ms "$line")" \
    "$(field p99_ms "$line")" "$(( $(field non2xx "$line") + $(field socket_errors "$line") ))"
done
ratio="$(awk -v p="$(field rps "$plans")" -v h="$(field rps "$health")" 'BEGIN { printf "%.3f", p / h }')"
echo "plans/health throughput ratio: $ratio"

echo "server RSS every 10 s during the ${soak_seconds}s run (KiB): ${rss_samples[*]}"
first_half="${rss_samples[$(( ${#rss_samples[@]} / 2 ))]}"
last="${rss_samples[$(( ${#rss_samples[@]} - 1 ))]}"
growth="$(awk -v a="$first_half" -v b="$last" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')"
echo "RSS change over the second half of the run: ${growth}%"

failures=0
for name in plans health soak; do
  line="${!name}"
  if [ "$(field non2xx "$line")" != 0 ] || [ "$(field socket_errors "$line")" != 0 ]; then
    echo "FAIL: $name had $(field non2xx "$line") non-2xx responses and $(field socket_errors "$line") socket errors"
    failures=1
  fi
done
if awk -v g="$growth" 'BEGIN { exit !(g > 10) }'; then
  echo "FAIL: memory grew by more than 10% over the second half of the run"
  failures=1
fi
[ "$failures" = 0 ] && echo "OK: zero non-2xx responses, memory steady"
exit "$failures"
