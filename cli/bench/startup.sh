#!/usr/bin/env bash
# Start-up time of the glutewise command line against the JVM floor, with hyperfine.
#
#   cli/bench/startup.sh                  # every JDK below that is installed, 20 runs each
#   RUNS=30 cli/bench/startup.sh /usr/lib/jvm/temurin-25-jdk-amd64
#   COPY=1 cli/bench/startup.sh           # the same in a copy of the checkout made for the run
#
# The floor is a hello-world class in a jar, run by the same java with the launcher's JVM flags
# (without the application's archive; the JDK's own class-data archive applies to both). glutewise
# runs exactly as ./glutewise runs it: the launcher prints its java command
# (GLUTEWISE_PRINT_COMMAND=1) after building the jar and recording the start-up archive for that
# JDK when missing, so neither the build nor the recording is measured. A copied checkout shows
# that an archive recorded elsewhere is never silently refused: the copy records its own.
# The table gives each command's mean wall time and its ratio to the floor's, from one hyperfine
# run, and the same for CPU time (user+sys), which a busy machine disturbs less.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${RUNS:-20}"
if (( $# == 0 )); then
  set -- /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64
fi

command -v hyperfine >/dev/null || { echo "startup.sh needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "${COPY:-}" == "1" ]]; then
  echo "copying the checkout to $work/copy ..."
  mkdir "$work/copy"
  tar -C "$root" --exclude=.git -cf - . | tar -C "$work/copy" -xf -
  touch -r "$root/cli/target" "$work/copy/cli/target" 2>/dev/null || true
  root="$work/copy"
fi

mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
export XDG_DATA_HOME="$work/data" # a scratch data folder: nothing reads or writes the user's files

for home in "$@"; do
  java="$home/bin/java"
  [[ -x "$java" ]] || { echo "skipping $home: no bin/java" >&2; continue; }
  "$home/bin/javac" --release 17 -d "$work/hello" "$work/hello/Hello.java"
  (cd "$work/hello" && "$home/bin/jar" cf ../hello.jar Hello.class)
  JAVA="$java" "$root/glutewise" --version >/dev/null
  glutewise="$(JAVA="$java" GLUTEWISE_PRINT_COMMAND=1 "$root/glutewise")"
  flags="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
  plan="plan --start 2025-01-06"
  echo
  echo "java: $("$java" -version 2>&1 | head -n 1); cpus: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "glutewise runs as: $glutewise"
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/results.json" --style basic \
    -n "hello world (floor)" "$java $flags -cp $work/hello.jar Hello" \
    -n "glutewise --version" "$glutewise --version" \
    -n "glutewise --help" "$glutewise --help" \
    -n "glutewise exercise" "$glutewise exercise glute-bridge" \
    -n "glutewise plan" "$glutewise $plan" \
    -n "plan --format markdown" "$glutewise $plan --format markdown" \
    -n "plan --format json" "$glutewise $plan --format json" \
    -n "plan --format ics" "$glutewise $plan --format ics" \
    -n "plan --format html" "$glutewise $plan --format html" \
    -n "plan --format pdf" "$glutewise $plan --format pdf -o $work/plan.pdf" \
    > "$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
  [[ -f "$work/results.json" ]] || { cat "$work/hyperfine.log" >&2; exit 1; }
  python3 - "$work/results.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
floor = results[0]
cpu = lambda r: r["user"] + r["system"]
print(f"{'command':28} {'mean ms':>8} {'sd':>6} {'x floor':>8} {'cpu ms':>8} {'cpu x':>6}")
for r in results:
    print(f"{r['command']:28} {r['mean']*1000:8.1f} {r['stddev']*1000:6.1f} {r['mean']/floor['mean']:8.2f}"
          f" {cpu(r)*1000:8.1f} {cpu(r)/cpu(floor):6.2f}")
PY
done
