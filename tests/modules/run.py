#!/usr/bin/env python3
"""Scripts for the modules CPython cannot check (gc, micropython, sys.getsizeof).

    python3 tests/modules/run.py [path/to/minnow]   (default: $MINNOW, else build/minnow)

Each NAME.py here runs under Minnow (with `-X heapsize=N` when its first line is
`# heapsize: N`) in this folder, and its stdout must match NAME.exp line by line: a line of
the .exp matches the same text, or, when it starts with `~~ `, the regular expression after
that prefix (the whole output line must match); a line starting with `~~+ ` matches one or
more output lines that each match its expression (as many as do). The .exp may end with `## exit: N` (the
expected exit status, 0 otherwise) and `## stderr: LINE` (the last line of stderr). Output
follows tests/run.sh's convention: "ok NAME" or "FAIL NAME: ..." per script, then
"N passed, N failed".
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINNOW = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINNOW", os.path.join(ROOT, "build", "minnow")))


def compare(name, out, err, status, expected):
    want_status = 0
    want_stderr = None
    lines = []
    for line in expected.splitlines():
        if line.startswith("## exit: "):
            want_status = int(line[len("## exit: "):])
        elif line.startswith("## stderr: "):
            want_stderr = line[len("## stderr: "):]
        else:
            lines.append(line)
    got = out.splitlines()
    if status != want_status:
        return "exit status %d, expected %d; stderr: %s" % (status, want_status, err.strip()[-300:])
    if want_stderr is not None:
        last = err.splitlines()[-1] if err.strip() else ""
        if last != want_stderr:
            return "last line of stderr %r, expected %r" % (last, want_stderr)
    at = 0  # the output line being matched
    for want in lines:
        have = got[at] if at < len(got) else None
        if have is None:
            return "line %d: expected %r, got nothing" % (at + 1, want)
        if want.startswith("~~+ "):
            if re.fullmatch(want[4:], have) is None:
                return "line %d: %r does not match %r" % (at + 1, have, want[4:])
            while at < len(got) and re.fullmatch(want[4:], got[at]) is not None:
                at += 1
            continue
        if want.startswith("~~ "):
            if re.fullmatch(want[3:], have) is None:
                return "line %d: %r does not match %r" % (at + 1, have, want[3:])
        elif want != have:
            return "line %d: expected %r, got %r" % (at + 1, want, have)
        at += 1
    if at < len(got):
        return "line %d: unexpected %r" % (at + 1, got[at])
    return None


def main():
    passed = failed = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == "run.py":
            continue
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as file:
            first = file.readline()
        args = [MINNOW]
        match = re.match(r"# heapsize: (\S+)", first)
        if match:
            args += ["-X", "heapsize=" + match.group(1)]
        try:
            process = subprocess.run(args + [name], cwd=HERE, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        except subprocess.TimeoutExpired:
            failed += 1
            print("FAIL %s: timed out" % name)
            continue
        with open(path[:-3] + ".exp", encoding="utf-8") as file:
            expected = file.read()
        problem = compare(name, process.stdout.decode("utf-8", "replace"),
                          process.stderr.decode("utf-8", "replace"), process.returncode, expected)
        if problem is None:
            passed += 1
            print("ok " + name)
        else:
            failed += 1
            print("FAIL %s: %s" % (name, problem))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
