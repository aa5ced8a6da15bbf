#!/usr/bin/env python3
"""Whole-command timings taken in turns, for a machine whose speed moves in phases.

    cli/bench/interleaved.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]

Runs every command once per round, in a fresh random order each round (after two unmeasured
rounds), and prints each command's median wall time and its ratio to the first command's median.
hyperfine (cli/bench/startup.sh) runs all the runs of one command before the next, so a slow spell
of a few seconds lands on one command only; in turns, every command meets the same spells. Each
COMMAND is split on spaces and run without a shell, its output discarded. Example, the launcher's
own command on JDK 25 against a hello-world (a class Hello in hello.jar):

    g="$(JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java GLUTEWISE_PRINT_COMMAND=1 ./glutewise)"
    cli/bench/interleaved.py 20 "hello=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp hello.jar Hello" \\
        "version=$g --version" "plan=$g plan --start 2025-01-06"
"""
import os
import random
import statistics
import subprocess
import sys
import time


def main(args):
    if len(args) < 2 or not args[0].isdigit() or any("=" not in a for a in args[1:]):
        sys.exit(__doc__)
    rounds = int(args[0])
    commands = [a.split("=", 1) for a in args[1:]]
    times = {name: [] for name, _ in commands}
    with open(os.devnull, "w") as nowhere:
        for round_number in range(rounds + 2):
            order = commands[:]
            random.shuffle(order)
            for name, command in order:
                start = time.perf_counter()
                done = subprocess.run(command.split(), stdout=nowhere, stderr=nowhere)
                elapsed = time.perf_counter() - start
                if done.returncode != 0:
                    sys.exit(f"interleaved.py: {name} exited with {done.returncode}: {command}")
                if round_number >= 2:
                    times[name].append(elapsed)
    floor = statistics.median(times[commands[0][0]])
    print(f"{'command':20} {'median ms':>10} {'x first':>8} {'min ms':>8}  ({rounds} rounds in turns)")
    for name, _ in commands:
        median = statistics.median(times[name])
        print(f"{name:20} {median * 1000:10.1f} {median / floor:8.2f} {min(times[name]) * 1000:8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
