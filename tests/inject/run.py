#!/usr/bin/env python3
"""Allocation-failure injection: every allocation of a program, made to fail in turn.

    make INJECT=1 [SANITIZE=1]
    python3 tests/inject/run.py --minnow build-inject/minnow [--max-runs N] [--jobs N]
                                [--budget SECONDS] [--list] [programs...]

The injection build (MN_ALLOC_FAIL_INJECTION, heap verifier on) fails the k-th request for
heap memory after start-up when MINNOW_FAIL_ALLOC=k, and with MINNOW_COUNT_ALLOC=1 reports
how many requests a run made ("minnow: N allocations" on stderr); at exit it collects once
more, so the verifier checks the heap the program leaves. For each program the driver first
runs it normally (its output and its count N), then fails k = 1 .. N: every k when N is at
most --max-runs, else the first 64 and an even sample of the rest (--max-runs in all).

A run passes when it ends
  - exactly as the normal run (a failure that a fallback absorbed: a buffer that asked for
    room to grow retries with what it needs), or
  - with a clean MemoryError: status 1, the last line of stderr "MemoryError: ...", before
    it a traceback or nothing (a failure while compiling), and no line on stdout that the
    normal run lacks (finally bodies and handlers run on the way out); a frame that cannot be reserved is "RecursionError: maximum recursion depth
    exceeded", as a VM stack that is full, or
  - with the normal run's uncaught exception, its traceback missing the entries that could
    not be recorded or its message replaced by "<exception str() failed>", or
  - for a program with a try statement (not those of tests/inject), any other ending with
    status 0, 1 or the normal run's: a handler may catch the MemoryError and do what it
    does with it, a finally body may replace it;
and in every case with no signal, no sanitizer report and no heap verifier report. The
default programs are tests/inject/*.py (which retry each step after a MemoryError, so
they must end as the normal run unless the failure hit outside their try statements), a
representative part of tests/py (PROGRAMS below)
and the seed examples of examples/ when they are there. Output follows tests/run.sh: a
line per failure (with the command that reproduces it), a summary per program, then
"N passed, N failed" counting (program, k) runs.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# A representative part of tests/py: whole programs, each area's core, errors and
# tracebacks, big ints, formatting, classes, the exception machinery.
PROGRAMS = [
    "program_bank_account", "program_calculator", "program_game_of_life",
    "program_graph_search", "program_inventory", "program_linked_list", "program_matrix",
    "program_n_queens", "program_pretty_printer", "program_shapes_hierarchy",
    "program_stack_machine", "program_tokenizer", "program_word_frequency",
    "program_text_wrap", "bigint_factorial", "bigint_str_conversion", "builtin_sorted",
    "builtin_min_max_key_default", "dict_iteration", "dict_update", "list_sort_key",
    "str_format_basic", "str_percent_numbers", "str_split", "expr_call_spread",
    "stmt_def_varargs", "stmt_try_finally", "exc_unwinding", "exc_raise_in_except",
    "dunder_repr_str", "class_super_chain", "recursion_repr_cycle", "float_repr_roundtrip",
    "tb_uncaught_nested_calls", "tb_uncaught_chained", "builtin_exec_scope",
]

CRASH_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "runtime error:",
               "LeakSanitizer", "heap verifier", "Assertion `")
MEMORY_ERROR = "MemoryError: memory allocation failed"
STACK_FULL = "RecursionError: maximum recursion depth exceeded"


def run(minnow, program, env_extra, timeout):
    """Runs the program (by its full path: its folder is still first on sys.path) in a
    scratch folder of its own, where the files it writes do not meet another run's."""
    env = dict(os.environ)
    env.pop("MINNOWPATH", None)
    env.pop("MINNOW_FAIL_ALLOC", None)
    env.pop("MINNOW_COUNT_ALLOC", None)
    env.update(env_extra)
    with tempfile.TemporaryDirectory(prefix="inject-") as scratch:
        try:
            process = subprocess.run([minnow, program], cwd=scratch, env=env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, b"", b"timed out"
    return process.returncode, process.stdout, process.stderr


def clean_stderr(err):
    lines = err.decode(errors="replace").splitlines()
    return [line for line in lines if not line.startswith("minnow: ") or "allocations" not in line]


def catches_memory_error(program):
    """Whether the program has a try statement, where a handler may catch a MemoryError or
    a finally body replace it."""
    with open(program, encoding="utf-8", errors="replace") as f:
        return "try:" in f.read()


def judge(normal, result, catches):
    """None when the run passes, "caught" when a program that catches MemoryError ended
    another way without a crash, else what is wrong."""
    status, out, err = result
    text = err.decode(errors="replace")
    if status is None:
        return "timed out"
    if status < 0:
        return "killed by signal %d" % -status
    for mark in CRASH_MARKS:
        if mark in text:
            return "stderr reports %r" % mark
    if (status, out, clean_stderr(err)) == normal[:3]:
        return None
    lines = clean_stderr(err)
    last = lines[-1] if lines else ""
    normal_lines = normal[2]
    normal_last = normal_lines[-1] if normal_lines else ""
    if (status == normal[0] and out == normal[1] and lines and normal_lines and
            (last == normal_last or
             last == normal_last.split(":")[0] + ": <exception str() failed>") and
            all(line in normal_lines for line in lines[:-1])):
        return None  # the program's own traceback, with a line lost to the failure
    clean_error = status == 1 and (last.startswith(MEMORY_ERROR) or last == STACK_FULL)
    if catches and not clean_error and status in (0, 1, normal[0]):
        return "caught"
    if not clean_error:
        return "status %d, last line of stderr %r" % (status, last[:160])
    before = lines[:lines.index("Traceback (most recent call last):")] \
        if "Traceback (most recent call last):" in lines else lines[:-1]
    for line in before:  # what the program wrote to stderr itself
        if line not in normal_lines:
            return "stderr before the error is not a traceback: %r" % line[:160]
    normal_out = normal[1].splitlines()
    lines_out = out.splitlines()
    for number, line in enumerate(lines_out):
        # Handlers and finally bodies may run, nothing new; the last line may be unfinished.
        unfinished = number == len(lines_out) - 1 and not out.endswith(b"\n")
        if line not in normal_out and not (unfinished and
                                           any(n.startswith(line) for n in normal_out)):
            return "stdout has a line the normal run lacks: %r" % line[:160]
    return None


def sample(count, max_runs):
    if count <= max_runs:
        return list(range(1, count + 1))
    first = list(range(1, 65))
    rest = max_runs - len(first)
    step = (count - 64) / rest
    return first + sorted({64 + 1 + int(i * step) for i in range(rest)})


def default_programs():
    programs = sorted(os.path.join(HERE, name) for name in os.listdir(HERE)
                      if name.endswith(".py") and name != "run.py")
    programs += [os.path.join(ROOT, "tests", "py", name + ".py") for name in PROGRAMS]
    examples = os.path.join(ROOT, "examples")
    if os.path.isdir(examples):
        # mem_report.py prints the heap's figures, which a failed (and caught) allocation
        # changes: its output is checked by tests/examples/run.py instead.
        programs += sorted(os.path.join(examples, name) for name in os.listdir(examples)
                           if name.endswith(".py") and name not in ("mem_report.py", "setup.py"))
    return programs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minnow", default=os.path.join(ROOT, "build-inject", "minnow"))
    parser.add_argument("--max-runs", type=int, default=2000,
                        help="runs per program at most (default 2000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--budget", type=float, default=0,
                        help="stop starting programs after this many seconds (0: no limit)")
    parser.add_argument("--list", action="store_true", help="list the default programs")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    programs = [os.path.abspath(p) for p in args.programs] or default_programs()
    if args.list:
        print("\n".join(os.path.relpath(p, ROOT) for p in programs))
        return 0
    minnow = os.path.abspath(args.minnow)
    started = time.monotonic()
    total_passed = total_failed = 0
    skipped = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for program in programs:
            name = os.path.relpath(program, ROOT)
            if args.budget and time.monotonic() - started > args.budget:
                skipped.append(name)
                continue
            status, out, err = run(minnow, program, {"MINNOW_COUNT_ALLOC": "1"}, args.timeout)
            count_lines = [line for line in err.decode(errors="replace").splitlines()
                           if line.startswith("minnow: ") and line.endswith(" allocations")]
            if status is None or status < 0 or not count_lines:
                print("FAIL %s: the normal run did not end (status %s): %r"
                      % (name, status, err[-300:]))
                total_failed += 1
                continue
            count = int(count_lines[-1].split()[1])
            normal = (status, out, clean_stderr(err))
            catches = catches_memory_error(program) and os.path.dirname(program) != HERE
            ks = sample(count, args.max_runs)
            futures = {k: pool.submit(run, minnow, program, {"MINNOW_FAIL_ALLOC": str(k)},
                                      args.timeout) for k in ks}
            passed = failed = same = caught = 0
            for k in ks:
                result = futures[k].result()
                problem = judge(normal, result, catches)
                if problem is None or problem == "caught":
                    passed += 1
                    same += (result[0], result[1], clean_stderr(result[2])) == normal
                    caught += problem == "caught"
                else:
                    failed += 1
                    if failed <= 5:
                        print("FAIL %s k=%d: %s  (MINNOW_FAIL_ALLOC=%d %s %s)"
                              % (name, k, problem, k, os.path.relpath(minnow), name))
            print("%s: %d allocations, %d runs: %d passed (%d as the normal run%s), %d failed"
                  % (name, count, len(ks), passed, same,
                     ", %d caught by the program" % caught if catches else "", failed))
            total_passed += passed
            total_failed += failed
    if skipped:
        print("skipped for the time budget: %s" % " ".join(skipped))
    print("%.0f s" % (time.monotonic() - started))
    print("%d passed, %d failed" % (total_passed, total_failed))
    return 0 if total_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
