#!/usr/bin/env python3
"""Runs the libFuzzer targets of tests/fuzz for a bounded time each (make fuzz-smoke).

    make fuzz
    python3 tests/fuzz/run.py [--build build-fuzz] [--seconds 20] [--jobs 1] [targets...]

For each target (fuzz_exec, fuzz_heap, fuzz_parse) it first replays every input in
tests/fuzz/regressions/TARGET/ (the crashes found so far: each must now pass), then fuzzes
for --seconds from the corpus in BUILD/corpus/TARGET, which it seeds on first use (from
tests/py for fuzz_exec, from the numbers written in tests/py for fuzz_parse, from fixed
bytes for fuzz_heap) and which grows from run to run. A crash leaves its input in
BUILD/artifacts/ (libFuzzer's crash-*, timeout-*, oom-* files); copy it into the
regressions folder once fixed. The last line is "N passed, N failed" (a replayed input or
a fuzzing run each count one) and the time fuzzed.
"""
import argparse
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGETS = ["fuzz_exec", "fuzz_heap", "fuzz_parse"]
# Options for every run: time out slow inputs, cap memory, keep inputs small.
OPTIONS = ["-timeout=10", "-rss_limit_mb=2048", "-max_len=4096", "-print_final_stats=1"]


def write_seed(folder, data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def seed_corpus(target, folder):
    os.makedirs(folder, exist_ok=True)
    if os.listdir(folder):
        return
    scripts = sorted(glob.glob(os.path.join(ROOT, "tests", "py", "**", "*.py"), recursive=True))
    if target == "fuzz_exec":
        for path in scripts:
            with open(path, "rb") as f:
                data = f.read()
            if len(data) <= 4096:
                write_seed(folder, data)
    elif target == "fuzz_parse":
        number = re.compile(rb"[-+]?(?:0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_]*\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|"
                            rb"\.[0-9]+(?:[eE][-+]?[0-9]+)?|inf|nan|infinity)", re.I)
        found = set()
        for path in scripts:
            with open(path, "rb") as f:
                found.update(number.findall(f.read()))
        for text in sorted(found)[:2000]:
            for selector in (0, 1, 17, 200):  # base 0, base 10, base 17, float
                write_seed(folder, bytes([selector]) + text)
    else:
        for case in range(3):
            for length in (1, 16, 64, 256, 1024):
                write_seed(folder, bytes([case]) + bytes((i * 37 + case) % 256
                                                         for i in range(length)))


def replay(binary, target):
    folder = os.path.join(HERE, "regressions", target)
    inputs = sorted(glob.glob(os.path.join(folder, "*"))) if os.path.isdir(folder) else []
    passed = failed = 0
    for path in inputs:
        process = subprocess.run([binary, "-runs=1", path], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, timeout=120)
        if process.returncode == 0:
            passed += 1
        else:
            failed += 1
            print("FAIL %s regression %s:\n%s" % (target, os.path.basename(path),
                                                 process.stdout.decode(errors="replace")[-2000:]))
    return passed, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build-fuzz"))
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=1, help="libFuzzer workers per target")
    parser.add_argument("targets", nargs="*", default=TARGETS)
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    artifacts = os.path.join(build, "artifacts")
    os.makedirs(artifacts, exist_ok=True)
    total_passed = total_failed = 0
    fuzzed = 0.0
    for target in args.targets:
        binary = os.path.join(build, "fuzz", target)
        passed, failed = replay(binary, target)
        corpus = os.path.join(build, "corpus", target)
        seed_corpus(target, corpus)
        started = time.monotonic()
        command = [binary, corpus, "-max_total_time=%d" % args.seconds,
                   "-artifact_prefix=%s/%s-" % (artifacts, target)] + OPTIONS
        if args.jobs > 1:
            command += ["-jobs=%d" % args.jobs, "-workers=%d" % args.jobs]
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 timeout=args.seconds * 3 + 300)
        elapsed = time.monotonic() - started
        fuzzed += elapsed * args.jobs
        output = process.stdout.decode(errors="replace")
        runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", output)
        if process.returncode == 0:
            passed += 1
            print("%s: %d regressions replayed, fuzzed %.0f s, %s runs, corpus %d inputs"
                  % (target, passed - 1, elapsed, runs[-1] if runs else "?",
                     len(os.listdir(corpus))))
        else:
            failed += 1
            print("FAIL %s: fuzzing found a problem (inputs in %s):\n%s"
                  % (target, artifacts, output[-3000:]))
        total_passed += passed
        total_failed += failed
    print("fuzzed %.1f minutes" % (fuzzed / 60))
    print("%d passed, %d failed" % (total_passed, total_failed))
    return 0 if total_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
