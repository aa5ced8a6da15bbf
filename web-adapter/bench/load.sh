#!/usr/bin/env bash
# Load check of the glutewise web server, on this machine only (127.0.0.1).
#
# Starts the server as shipped (./glutewise serve: the newest JDK the launcher finds, its garbage
# collector, a bounded heap), warms it up, then drives it with wrk, each run bounded in time:
#   1. ROUNDS (default 6) rounds of POST /api/plans for SLICE_SECONDS (default 10), each followed
#      at once by GET /health for half as long: the machine's speed moves in spells of a few
#      seconds, and a ratio of two runs taken minutes apart measured the spells as much as the
#      server, so each round's ratio compares neighbouring slices;
#   2. POST /api/plans for SOAK_SECONDS (default 120) while sampling the server's RSS every 10 s;
# and reports requests/s and p99 latency of each, the ratio of each round, their median and the
# pooled ratio (all plans over all health checks), the count of non-2xx responses (which must be
# zero) and the memory samples. Stops the server when done, however it ends.
#
# Needs: java 17+, wrk (apt-get install -y wrk), and the jar:
#   ./mvnw -pl web-adapter -am package -DskipTests
# Environment: PORT (18181), THREADS (2), CONNECTIONS (16), ROUNDS, SLICE_SECONDS, SOAK_SECONDS,
#   WARMUP_SECONDS (60: on 2 cores the JIT needs about 50 s of this load to reach a steady rate),
#   SERVE_HEAP (256m), JAVA (the java the launcher runs), JAVA_OPTS (more JVM options).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-18181}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
rounds="${ROUNDS:-6}"
slice_seconds="${SLICE_SECONDS:-10}"
health_seconds="$(( slice_seconds / 2 > 0 ? slice_seconds / 2 : 1 ))"
soak_seconds="${SOAK_SECONDS:-120}"
heap="${SERVE_HEAP:-256m}"
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

serve=(env GLUTEWISE_SERVE_HEAP="$heap" GLUTEWISE_JAVA_OPTS="${JAVA_OPTS:-}" "$root/glutewise" serve
  --host 127.0.0.1 --port "$port")
command_line="$(GLUTEWISE_PRINT_COMMAND=1 "${serve[@]}")"
# the launcher replaces itself with the JVM, so this is the server's own pid
"${serve[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -fsS "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null || { echo "load.sh: the server did not come up" >&2; exit 1; }
echo "server: $command_line"
echo "pid $server_pid, on $base"
echo "wrk: $threads threads, $connections connections"

# Prints the RESULT line of one wrk run: load METHOD PATH SECONDS
load() {
  LOAD_METHOD="$1" LOAD_BODY="$here/plan-request.json" \
    wrk -t"$threads" -c"$connections" -d"$3s" --timeout 10s -s "$here/count-statuses.lua" "$base$2" \
    | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# a warm-up long enough for the JIT to finish with the plan path before anything is measured
load POST /api/plans "${WARMUP_SECONDS:-60}" >/dev/null
load GET /health 5 >/dev/null

round_lines=()
for round in $(seq 1 "$rounds"); do
  round_lines+=("$(load POST /api/plans "$slice_seconds")|$(load GET /health "$health_seconds")")
done

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

printf '\n%-6s %12s %10s %12s %10s %8s\n' "round" "plans/s" "p99 ms" "health/s" "p99 ms" "ratio"
ratios=()
plan_requests=0 plan_seconds=0 health_requests=0 health_seconds_total=0 worst_p99=0 failures=0
for i in "${!round_lines[@]}"; do
  plans="${round_lines[$i]%%|*}"
  health="${round_lines[$i]#*|}"
  ratio="$(awk -v p="$(field rps "$plans")" -v h="$(field rps "$health")" 'BEGIN { printf "%.3f", p / h }')"
  ratios+=("$ratio")
  printf '%-6s %12s %10s %12s %10s %8s\n' "$((i + 1))" "$(field rps "$plans")" "$(field p99_ms "$plans")" \
    "$(field rps "$health")" "$(field p99_ms "$health")" "$ratio"
  plan_requests=$((plan_requests + $(field requests "$plans")))
  health_requests=$((health_requests + $(field requests "$health")))
  plan_seconds="$(awk -v a="$plan_seconds" -v b="$(field seconds "$plans")" 'BEGIN { print a + b }')"
  health_seconds_total="$(awk -v a="$health_seconds_total" -v b="$(field seconds "$health")" 'BEGIN { print a + b }')"
  worst_p99="$(awk -v a="$worst_p99" -v b="$(field p99_ms "$plans")" 'BEGIN { print (b > a ? b : a) }')"
  for line in "$plans" "$health"; do
    if [ "$(field non2xx "$line")" != 0 ] || [ "$(field socket_errors "$line")" != 0 ]; then
      echo "FAIL: round $((i + 1)) had $(field non2xx "$line") non-2xx responses and $(field socket_errors "$line") socket errors"
      failures=1
    fi
  done
done
printf '%-6s %12s %10s %12s %10s %8s\n' "soak" "$(field rps "$soak")" "$(field p99_ms "$soak")" "" "" ""
median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')"
pooled="$(awk -v pr="$plan_requests" -v ps="$plan_seconds" -v hr="$health_requests" -v hs="$health_seconds_total" \
  'BEGIN { printf "%.3f", (pr / ps) / (hr / hs) }')"
echo "plans/health throughput ratio: median of rounds $median, pooled $pooled; worst plan p99 ${worst_p99} ms"

echo "server RSS every 10 s during the ${soak_seconds}s run (KiB): ${rss_samples[*]}"
# the median of each half of the samples: with the parallel collector the young generation grows
# and shrinks between samples (300-400 MB), so two single samples compared a resize, not a trend
median_of() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
half=$(( ${#rss_samples[@]} / 2 ))
first_half="$(median_of "${rss_samples[@]:0:$half}")"
second_half="$(median_of "${rss_samples[@]:$half}")"
growth="$(awk -v a="$first_half" -v b="$second_half" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')"
echo "RSS median of the second half of the samples against the first: ${growth}%"

if [ "$(field non2xx "$soak")" != 0 ] || [ "$(field socket_errors "$soak")" != 0 ]; then
  echo "FAIL: the soak had $(field non2xx "$soak") non-2xx responses and $(field socket_errors "$soak") socket errors"
  failures=1
fi
if awk -v g="$growth" 'BEGIN { exit !(g > 10) }'; then
  echo "FAIL: memory grew by more than 10% from the first half of the run to the second"
  failures=1
fi
[ "$failures" = 0 ] && echo "OK: zero non-2xx responses, memory steady"
exit "$failures"
