#!/usr/bin/env python3
"""The smallest heap on which each seed program of examples/ runs to the end.

    python3 bench/smallest_heap.py [path/to/minnow]     (default: build32/minnow)

Searches `-X heapsize=` in 256-byte steps (a program that ends with exit status 0 passes;
the search assumes a bigger heap never hurts) and prints the figure beside MicroPython's
(v1.29, 32-bit unix port: examples/README.md) and the issue's target: half of MicroPython's,
except mem_report.py (12,032: it allocates 10,000 bytes itself).
Programs that need a module this build lacks print "n/a". The figures are quoted from the
32-bit build. After them, the table of heap bytes per object (bench/object_sizes.py).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXAMPLES = os.path.join(ROOT, "examples")
MINNOW = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build32", "minnow"))
STEP = 256

MICROPYTHON = [
    ("state_class.py", 5120), ("state_vars.py", 4864), ("state_list.py", 5120),
    ("state_dict.py", 4864), ("state_array.py", 4864), ("state_bitmask.py", 5120),
    ("colors_precalc.py", 5632), ("const_demo.py", 2304), ("buffers.py", 4864),
    ("mem_report.py", 13568),
]
TARGETS = {"mem_report.py": 12032}


def runs(program, heap):
    process = subprocess.run([MINNOW, "-X", "heapsize=%d" % heap, program], cwd=EXAMPLES,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=120)
    return process.returncode == 0, process.stderr.decode("utf-8", "replace")


def smallest(program):
    ok, err = runs(program, 1 << 20)
    if not ok:
        return "n/a" if "No module named" in err else "fails"
    low, high = 0, (1 << 20) // STEP  # low fails (or is untried), high passes
    while high - low > 1:
        middle = (low + high) // 2
        if runs(program, middle * STEP)[0]:
            high = middle
        else:
            low = middle
    return high * STEP


def main():
    print("smallest heap (-X heapsize, %d-byte steps), %s" % (STEP, os.path.relpath(MINNOW, ROOT)))
    print("%-20s %8s %12s %8s" % ("program", "Minnow", "MicroPython", "target"))
    for program, figure in MICROPYTHON:
        result = smallest(program)
        shown = "{:,}".format(result) if isinstance(result, int) else result
        print("%-20s %8s %12s %8s" % (program, shown, "{:,}".format(figure),
                                      "{:,}".format(TARGETS.get(program, figure // 2))))
    print()
    process = subprocess.run([MINNOW, os.path.join(HERE, "object_sizes.py")],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, timeout=120)
    sys.stdout.write(process.stdout.decode("utf-8", "replace"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
