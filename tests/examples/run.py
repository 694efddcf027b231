#!/usr/bin/env python3
"""The seed programs of examples/, each run under `-X heapsize=32k`, with checks of their output.

    python3 tests/examples/run.py [path/to/minnow]   (default: $MINNOW, else build/minnow)

Lines that do not depend on the machine are compared exactly; memory figures and the lines
that depend on the clock (the button presses of the state programs) are checked for their
shape and plausibility. Output
follows tests/run.sh's convention: "ok NAME" or "FAIL NAME: ..." per program, then
"N passed, N failed".
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(ROOT, "examples")
MINNOW = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINNOW", os.path.join(ROOT, "build", "minnow")))
HEAP = 32 * 1024

passed = 0
failed = 0


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def run(args, cwd=EXAMPLES):
    process = subprocess.run([MINNOW, "-X", "heapsize=32k"] + args, cwd=cwd,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=120)
    return (process.stdout.decode("utf-8", "replace"), process.stderr.decode("utf-8", "replace"),
            process.returncode)


def number(pattern, line, what):
    match = re.fullmatch(pattern, line)
    expect(match is not None, "%s: %r does not match %r" % (what, line, pattern))
    return [int(group) for group in match.groups()]


# ---- Checks, one per program: each gets the output lines ----------------------------------

def check_exact(expected):
    def check(lines):
        expect(lines == expected, "expected %r, got %r" % (expected, lines))
    return check


def check_free_then_buttons(lines):
    """gc.mem_free() after setting up, then the button events, alternating."""
    expect(len(lines) >= 1, "no output")
    (free,) = number(r"(\d+)", lines[0], "free memory")
    expect(HEAP // 2 < free < HEAP, "free memory %d not plausible for a 32 KiB heap" % free)
    previous = None
    for line in lines[1:]:
        match = re.fullmatch(r"Button (pressed|released)( \d+)?", line)
        expect(match is not None, "unexpected line %r" % line)
        expect(match.group(1) != previous, "two '%s' in a row" % line)
        previous = match.group(1)


def check_summary(lines, at):
    """The three lines of micropython.mem_info() from lines[at]; returns (used, free)."""
    stack, limit = number(r"stack: (\d+) out of (\d+)", lines[at], "stack line")
    total, used, free = number(r"GC: total: (\d+), used: (\d+), free: (\d+)", lines[at + 1],
                               "GC line")
    expect(total == HEAP, "GC total %d, not %d" % (total, HEAP))
    expect(used + free + stack == total, "used + free + stack != total in %r" % lines[at + 1])
    expect(stack <= limit <= total, "stack figures %d, %d" % (stack, limit))
    ones, twos, biggest, largest_free = number(
        r" No\. of 1-blocks: (\d+), 2-blocks: (\d+), max blk sz: (\d+), max free sz: (\d+)",
        lines[at + 2], "block counts")
    expect(0 < ones + twos and biggest >= 1, "block counts %r" % lines[at + 2])
    expect(0 < largest_free * 16 <= free, "max free sz %d (16-byte blocks) beyond free %d" %
           (largest_free, free))
    return used, free


def check_heap_map(lines):
    expect(re.fullmatch(r"GC memory layout; from [0-9a-f]+:", lines[0]) is not None,
           "heap map header %r" % lines[0])
    cells = 0
    for line in lines[1:]:
        folded = re.fullmatch(r"       \((\d+) lines all free\)", line)
        if folded:
            cells += 64 * int(folded.group(1))
            continue
        match = re.fullmatch(r"([0-9a-f]{8}): ([.=hmTLDFBMSAVCEINRnYirsfbO-]{1,64})", line)
        expect(match is not None, "heap map line %r" % line)
        expect(int(match.group(1), 16) == cells * 16, "heap map offset in %r" % line)
        cells += len(match.group(2))
    expect(cells == HEAP // 16, "heap map covers %d cells, not %d" % (cells, HEAP // 16))


def check_mem_report(lines):
    expect(len(lines) >= 12, "output too short: %r" % lines)
    check_summary(lines, 0)
    expect(lines[3] == "-" * 29, "separator %r" % lines[3])
    figures = []
    for i, label in enumerate(["Initial free", "Func definition", "Func run free",
                               "Garbage collect free"]):
        free, allocated = number(label + r": (\d+) allocated: (\d+)", lines[4 + i], label)
        expect(free + allocated <= HEAP, "%s: free + allocated beyond the heap" % label)
        figures.append((free, allocated))
    (initial, _), (defined, defined_alloc), (ran, ran_alloc), (collected, _) = figures
    expect(0 <= initial - defined < 1000, "defining func took %d bytes" % (initial - defined))
    expect(10000 <= defined - ran <= 10400,
           "running func took %d bytes, not about 10,000" % (defined - ran))
    expect(10000 <= ran_alloc - defined_alloc <= 10400, "allocated grew by %d" %
           (ran_alloc - defined_alloc))
    expect(abs(collected - defined) <= 64, "the collection brought free back to %d, not %d" %
           (collected, defined))
    expect(lines[8] == "-" * 29, "separator %r" % lines[8])
    check_summary(lines, 9)
    check_heap_map(lines[12:])


def check_fragmentation(lines):
    expect(len(lines) == 1, "expected one line, got %r" % lines)
    big, free = number(r"allocated (\d+) of (\d+) free: OK", lines[0], "result")
    expect(big == free // 2 and free > HEAP // 2, "figures %d of %d" % (big, free))


PROGRAMS = [
    ("buffers.py", check_exact([
        "fresh: checksum 5050", "reused: checksum 15050",
        "True Temperature 21.46 Pressure 001013", "3 3"])),
    ("const_demo.py", check_exact(["33 16 8", "True False", "True"])),
    ("mem_report.py", check_mem_report),
    ("fragmentation.py", check_fragmentation),
    ("state_class.py", check_free_then_buttons),
    ("state_vars.py", check_free_then_buttons),
    ("state_list.py", check_free_then_buttons),
    ("state_dict.py", check_free_then_buttons),
    ("state_array.py", check_free_then_buttons),
    ("state_bitmask.py", check_free_then_buttons),
    ("colors_precalc.py", check_free_then_buttons),
]


def main():
    global passed, failed
    for name, check in PROGRAMS:
        try:
            out, err, status = run([name])
            expect(status == 0, "exit status %d; stderr: %s" % (status, err.strip()[-300:]))
            check(out.splitlines())
            passed += 1
            print("ok " + name)
        except Failure as failure:
            failed += 1
            print("FAIL %s: %s" % (name, failure))
        except subprocess.TimeoutExpired:
            failed += 1
            print("FAIL %s: timed out" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
