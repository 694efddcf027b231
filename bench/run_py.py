#!/usr/bin/env python3
"""Runs the Python benchmarks in bench/py under Minnow and CPython and compares them.

    python3 bench/run_py.py --minnow build/minnow [--repeat N] [programs...]

Each program runs under CPython and under Minnow, alternately, N times (default 3); the
best wall time of each (time.perf_counter around the whole subprocess, start-up
included) goes in the table with the ratio Minnow/CPython, and the geometric mean of the
ratios ends it. The two outputs must be equal on every run: a difference is reported
with the first line that differs, the program is left out of the mean, and the exit
status is 1. So is a run that fails or times out.

Programs are names in bench/py (with or without .py) or paths; by default, all of
bench/py/*.py. The start-up time of each interpreter (an empty program) is printed
first. CPython is the interpreter running this script (sys.executable, so a
version-manager shim does not add its own start-up time), run with -S: Minnow has no
site module, and site's imports would otherwise count as CPython's start-up. Without
--minnow only CPython is timed (for the reference column of docs/performance.md).
Only the Python 3 standard library is used.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM_DIR = os.path.join(HERE, "py")


class Outcome:
    # The result of timing one program under one interpreter.
    def __init__(self):
        self.best = None
        self.output = None
        self.error = None


def find_programs(names):
    if not names:
        paths = sorted(glob.glob(os.path.join(PROGRAM_DIR, "*.py")))
        if not paths:
            raise SystemExit("run_py.py: no programs in %s" % PROGRAM_DIR)
        return paths
    paths = []
    for name in names:
        candidates = [name, os.path.join(PROGRAM_DIR, name),
                      os.path.join(PROGRAM_DIR, name + ".py")]
        for candidate in candidates:
            if os.path.isfile(candidate):
                paths.append(os.path.abspath(candidate))
                break
        else:
            raise SystemExit("run_py.py: no program %r (looked in %s)" % (name, PROGRAM_DIR))
    return paths


def program_name(path):
    return os.path.splitext(os.path.basename(path))[0]


def run_once(command, timeout):
    # (seconds, stdout, error or None)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, "timed out after %gs" % timeout
    except OSError as e:
        return 0.0, None, "cannot run %s: %s" % (command[0], e.strerror or e)
    seconds = time.perf_counter() - start
    output = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = "\n".join("    " + line for line in stderr[-6:])
        return seconds, output, "exit status %d%s" % (done.returncode,
                                                       "\n" + tail if tail else "")
    return seconds, output, None


def first_difference(expected, actual):
    # A short description of where two outputs part.
    a = expected.splitlines()
    b = actual.splitlines()
    for i in range(max(len(a), len(b))):
        left = a[i] if i < len(a) else "<no line>"
        right = b[i] if i < len(b) else "<no line>"
        if left != right:
            return i + 1, left, right
    # Same lines, different bytes (line endings, a final newline).
    return len(a), repr(expected[-40:]), repr(actual[-40:])


def record(outcome, seconds, output, error, reference):
    # Folds one run into outcome; reference is an earlier output the run must repeat.
    if outcome.error is not None:
        return
    if error is not None:
        outcome.error = error
        return
    if outcome.output is None:
        outcome.output = output
    elif output != outcome.output:
        line, before, after = first_difference(outcome.output, output)
        outcome.error = ("output changed between runs at line %d:\n    was: %s\n    now: %s"
                         % (line, before, after))
        return
    if reference is not None and output != reference:
        line, expected, actual = first_difference(reference, output)
        outcome.error = ("MISMATCH with CPython at line %d:\n    CPython: %s\n    Minnow:  %s"
                         % (line, expected, actual))
        return
    if outcome.best is None or seconds < outcome.best:
        outcome.best = seconds


def format_row(columns, widths, markdown):
    if markdown:
        return "| " + " | ".join(columns) + " |"
    cells = [columns[0].ljust(widths[0])]
    for column, width in zip(columns[1:], widths[1:]):
        cells.append(column.rjust(width))
    return "  ".join(cells).rstrip()


def seconds_text(outcome):
    if outcome.error is not None:
        return "-"
    return "%.3f" % outcome.best


def main():
    parser = argparse.ArgumentParser(
        description="Time the Python benchmarks under Minnow and CPython.")
    parser.add_argument("programs", nargs="*",
                        help="names in bench/py or paths (default: all of bench/py)")
    parser.add_argument("--minnow", metavar="PATH",
                        help="the Minnow executable, e.g. build/minnow (omit to time "
                             "CPython alone)")
    parser.add_argument("--minnow-arg", metavar="ARG", action="append", default=[],
                        help="an extra argument for Minnow before the program "
                             "(repeatable; write --minnow-arg=-S for one that starts with -)")
    parser.add_argument("--heapsize", metavar="SIZE",
                        help="pass -X heapsize=SIZE to Minnow (e.g. 256k, 4m); default: "
                             "Minnow's own")
    parser.add_argument("--cpython", metavar="PATH", default=sys.executable,
                        help="the CPython executable (default: %(default)s)")
    parser.add_argument("--site", action="store_true",
                        help="let CPython import site (by default it runs with -S)")
    parser.add_argument("--repeat", metavar="N", type=int, default=3,
                        help="runs of each program per interpreter; the best counts "
                             "(default: 3)")
    parser.add_argument("--scale", metavar="S",
                        help="the scale argument passed to every program (default: none, "
                             "which the programs take as 1)")
    parser.add_argument("--timeout", metavar="SECONDS", type=float, default=600.0,
                        help="limit for one run (default: 600)")
    parser.add_argument("--markdown", action="store_true",
                        help="print the table in Markdown")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each run's time and the programs' output")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    programs = find_programs(args.programs)
    cpython = [args.cpython] + ([] if args.site else ["-S"])
    minnow = None
    if args.minnow:
        minnow = [args.minnow] + args.minnow_arg
        if args.heapsize:
            minnow += ["-X", "heapsize=" + args.heapsize]
    elif args.heapsize or args.minnow_arg:
        parser.error("--heapsize and --minnow-arg need --minnow")
    extra = [args.scale] if args.scale is not None else []

    print("CPython: %s" % " ".join(cpython))
    if minnow:
        print("Minnow:  %s" % " ".join(minnow))
    print("best of %d run%s, wall time with start-up; scale %s" % (
        args.repeat, "" if args.repeat == 1 else "s",
        args.scale if args.scale is not None else "1 (default)"))

    # Start-up: the best time of an empty program, to read the table's short times by.
    with tempfile.TemporaryDirectory() as scratch:
        empty = os.path.join(scratch, "empty.py")
        with open(empty, "w") as f:
            f.write("")
        startup = []
        for command in [cpython] + ([minnow] if minnow else []):
            outcome = Outcome()
            for attempt in range(args.repeat):
                seconds, output, error = run_once(command + [empty], args.timeout)
                record(outcome, seconds, output, error, None)
            if outcome.error is None:
                startup.append("%.3f s" % outcome.best)
            else:
                startup.append("failed")
    print("start-up (an empty program): CPython %s%s" % (
        startup[0], ", Minnow %s" % startup[1] if minnow else ""))
    print("")
    sys.stdout.flush()

    results = []
    for path in programs:
        name = program_name(path)
        reference = Outcome()
        tested = Outcome()
        for attempt in range(args.repeat):
            if reference.error is None:
                seconds, output, error = run_once(cpython + [path] + extra, args.timeout)
                record(reference, seconds, output, error, None)
                if args.verbose:
                    print("  %s cpython run %d: %.3fs%s" % (
                        name, attempt + 1, seconds, " (" + error + ")" if error else ""))
            if minnow and tested.error is None:
                seconds, output, error = run_once(minnow + [path] + extra, args.timeout)
                record(tested, seconds, output, error,
                       reference.output if reference.error is None else None)
                if args.verbose:
                    print("  %s minnow run %d: %.3fs%s" % (
                        name, attempt + 1, seconds, " (" + error + ")" if error else ""))
            if reference.error is not None and (minnow is None or tested.error is not None):
                break
        if args.verbose and reference.output is not None:
            for line in reference.output.splitlines():
                print("    | " + line)
        results.append((name, reference, tested))

    header = ["program", "CPython s"]
    if minnow:
        header += ["Minnow s", "Minnow/CPython"]
    rows = []
    ratios = []
    problems = []
    for name, reference, tested in results:
        row = [name, seconds_text(reference)]
        if reference.error is not None:
            problems.append("%s: CPython: %s" % (name, reference.error))
        if minnow:
            row.append(seconds_text(tested))
            if tested.error is not None:
                problems.append("%s: Minnow: %s" % (name, tested.error))
                row.append("MISMATCH" if tested.error.startswith("MISMATCH") else "FAILED")
            elif reference.error is not None:
                row.append("-")
            else:
                ratio = tested.best / reference.best
                ratios.append(ratio)
                row.append("%.2f" % ratio)
        rows.append(row)
    footer = None
    if minnow:
        mean = "-"
        if ratios:
            mean = "%.2f" % math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        label = "geometric mean"
        if len(ratios) < len(results):
            label += " (%d of %d)" % (len(ratios), len(results))
        footer = [label, "", "", mean]

    widths = []
    for i in range(len(header)):
        column = [header[i]] + [row[i] for row in rows]
        if footer:
            column.append(footer[i])
        widths.append(max(len(text) for text in column))
    if args.markdown:
        print(format_row(header, widths, True))
        print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    else:
        print(format_row(header, widths, False))
        print(format_row(["-" * w for w in widths], widths, False))
    for row in rows:
        print(format_row(row, widths, args.markdown))
    if footer:
        if args.markdown:
            footer = ["**" + footer[0] + "**", "", "", "**" + footer[3] + "**"]
            print(format_row(footer, widths, True))
        else:
            print(format_row(footer, widths, False))
    if problems:
        print("")
        for problem in problems:
            print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
