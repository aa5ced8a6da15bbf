#!/usr/bin/env bash
# Startup time of the glutewise command line against the JVM floor, with hyperfine.
#
#   cli/bench/startup.sh            # 30 runs each after 3 warm-ups
#   RUNS=50 cli/bench/startup.sh
#
# The floor is a hello-world class in a jar, run by the same java with the same flags the
# launcher uses (the client compiler only, the serial GC, the JDK's own class-data archive).
# glutewise runs exactly as ./glutewise runs it: java -jar on the runnable jar, with the
# application class-data archive cli/target/glutewise.jsa. The build is not measured:
# ./glutewise --version builds the jar and records the archive first, when they are missing.
# The ratio printed at the end is mean(glutewise plan) / mean(floor).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${RUNS:-30}"
java="${JAVA:-java}"

command -v hyperfine >/dev/null || { echo "startup.sh needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }

"$root/glutewise" --version >/dev/null
jar="$(ls -t "$root"/cli/target/glutewise-cli-*-all.jar | head -n 1)"
archive="$root/cli/target/glutewise.jsa"
[[ -f "$archive" ]] || { echo "no class-data archive at $archive" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$work/hello" "$work/hello/Hello.java"
(cd "$work/hello" && jar cf ../hello.jar Hello.class)

flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
cds="-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
# a fixed start date and a scratch data folder: nothing reads or writes the user's files
export XDG_DATA_HOME="$work/data"

echo "java: $("$java" -version 2>&1 | head -n 1); cpus: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/results.json" \
  -n "floor: hello world" "$java $flags -cp $work/hello.jar Hello" \
  -n "glutewise plan" "$java $flags $cds -jar $jar plan --start 2025-01-06" \
  -n "glutewise --help" "$java $flags $cds -jar $jar --help" \
  -n "glutewise exercise glute-bridge" "$java $flags $cds -jar $jar exercise glute-bridge" \
  -n "glutewise plan (plain java -jar, no flags, no archive)" "$java -jar $jar plan --start 2025-01-06"

python3 - "$work/results.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
floor = results["floor: hello world"]
print()
print(f"{'command':58} {'mean ms':>8} {'sd':>6} {'user+sys ms':>12} {'x floor':>8}")
for name, r in results.items():
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{name:58} {r['mean']*1000:8.1f} {r['stddev']*1000:6.1f} {cpu:12.1f} {r['mean']/floor['mean']:8.2f}")
PY
