#!/usr/bin/env python3
"""Checks tests/py/run.py itself, with CPython standing in for Minnow.

usage: python3 tests/py_runner_selftest.py [--jobs N]

1. The whole suite passes with --minnow python3 (CPython against itself).
2. A small suite made here checks the conventions: helper modules are skipped, .exp files
   (with their exit and stderr trailer) take the place of CPython, scratch files are removed,
   a hanging script times out, and the summary counts are right.
3. Deliberately broken interpreters (wrong stdout, wrong exit status, wrong last line of
   stderr, a crash) make the runner fail with exit status 1.
Ends with "N passed, N failed" counting these checks; exits 1 if any failed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "py", "run.py")
SUITE = os.path.join(HERE, "py")
SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed$")

checks = {"passed": 0, "failed": 0}


def check(condition, what, output=""):
    if condition:
        checks["passed"] += 1
        print("ok " + what)
    else:
        checks["failed"] += 1
        print("FAIL " + what)
        for line in output.splitlines()[-40:]:
            print("    " + line)


def run_runner(args, jobs):
    process = subprocess.run(
        [sys.executable, RUNNER, "--jobs", str(jobs)] + args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    output = process.stdout.decode("utf-8", "replace")
    lines = output.splitlines()
    match = SUMMARY.match(lines[-1]) if lines else None
    counts = (int(match.group(1)), int(match.group(2))) if match else None
    return process.returncode, counts, output


def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(path, mode)


def make_suite(root):
    """A small suite: 6 tests, plus helpers the runner must not run as tests."""
    write(os.path.join(root, "plain.py"), "import _helper\nprint(_helper.VALUE, 'é', 2 ** 70)\n")
    write(os.path.join(root, "_helper.py"), "import sys\nVALUE = 'helper'\n")
    write(os.path.join(root, "uses_package.py"),
          "import pkg.mod\nimport sys\nsys.path.append('lib')\nimport util\n"
          "print(pkg.mod.NAME, util.NAME)\n")
    # Run as tests, these helpers would fail: the runner must skip them.
    write(os.path.join(root, "pkg", "__init__.py"), "")
    write(os.path.join(root, "pkg", "mod.py"), "NAME = 'pkg.mod'\nif __name__ == '__main__':\n"
          "    raise SystemExit(9)\n")
    write(os.path.join(root, "lib", "util.py"), "NAME = 'lib/util'\nif __name__ == '__main__':\n"
          "    raise SystemExit(9)\n")
    write(os.path.join(root, "raises.py"),
          "print('before')\ndef f():\n    raise KeyError('k')\nf()\n")
    write(os.path.join(root, "exits.py"), "import sys\nprint('bye')\nsys.exit('a message')\n")
    write(os.path.join(root, "scratch.py"),
          "f = open('scratch.tmp', 'w')\nf.write('data')\nf.close()\n"
          "f = open('scratch_more.tmp', 'w')\nf.close()\nprint(open('scratch.tmp').read())\n")
    # An .exp file stands in for CPython, with a trailer for the status and stderr.
    write(os.path.join(root, "expected.py"), "print('line one')\nprint('line two')\n"
          "raise ValueError('from an exp file')\n")
    write(os.path.join(root, "expected.exp"), "line one\nline two\n## exit: 1\n"
          "## stderr: ValueError: from an exp file\n")


def main():
    jobs = 2
    if "--jobs" in sys.argv:
        jobs = int(sys.argv[sys.argv.index("--jobs") + 1])
    work = tempfile.mkdtemp(prefix="pyrunner-selftest-")
    try:
        cache = os.path.join(work, "cache")

        # 1. The whole suite against CPython itself.
        status, counts, output = run_runner(["--minnow", "python3", "--cache", cache], jobs)
        check(status == 0 and counts is not None and counts[1] == 0 and counts[0] >= 330,
              "the whole suite passes with --minnow python3 (%s)" % (counts,), output)
        status2, counts2, output2 = run_runner(["--minnow", "python3", "--cache", cache], jobs)
        check(status2 == 0 and counts2 == counts, "a second run from the cache agrees", output2)
        leftovers = []
        for folder, _, files in os.walk(SUITE):
            for name in files:
                if name.endswith(".tmp") or name.endswith(".pyc"):
                    leftovers.append(os.path.join(folder, name))
        check(not leftovers, "no scratch or bytecode files left in tests/py", "\n".join(leftovers))

        # 2. The conventions, on a suite made here.
        suite = os.path.join(work, "suite")
        make_suite(suite)
        status, counts, output = run_runner(["--minnow", "python3", suite], jobs)
        check(status == 0 and counts == (6, 0), "the small suite: 6 tests, helpers skipped", output)
        tmp = [n for n in os.listdir(suite) if n.endswith(".tmp")]
        check(not tmp, "scratch files NAME*.tmp are removed", " ".join(tmp))
        status, counts, output = run_runner(
            ["--minnow", "python3", "--python", "false", os.path.join(suite, "expected.py")], jobs)
        check(status == 0 and counts == (1, 0), ".exp files are used instead of CPython", output)
        recorder = os.path.join(work, "bin", "minnow-recorder")
        record = os.path.join(work, "arguments")
        write(recorder, "#!/bin/sh\necho \"$@\" > %s\nexec %s \"$@\"\n" % (record, sys.executable),
              0o755)
        status, counts, output = run_runner(
            ["--minnow", recorder, "--heapsize", "64k", os.path.join(suite, "plain.py")], jobs)
        with open(record) as file:
            arguments = file.read().strip()
        check(status == 0 and counts == (1, 0) and arguments == "-X heapsize=64k plain.py",
              "--heapsize passes -X heapsize=N (%s)" % arguments, output)
        hang = os.path.join(work, "hang")
        write(os.path.join(hang, "forever.py"), "while True:\n    pass\n")
        write(os.path.join(hang, "forever.exp"), "")
        status, counts, output = run_runner(["--minnow", "python3", "--timeout", "1", hang], jobs)
        check(status == 1 and counts == (0, 1) and "timed out" in output,
              "a script that runs too long fails", output)

        # 3. Broken interpreters must fail.
        bin_dir = os.path.join(work, "bin")
        python = sys.executable
        broken = {
            "stdout": "#!/bin/sh\n%s \"$@\" > out.$$; s=$?\n"
                      "sed 's/True/False/; s/3/4/' out.$$; rm -f out.$$; exit $s\n",
            "status": "#!/bin/sh\n%s \"$@\"\nexit 0\n",
            "stderr": "#!/bin/sh\n%s \"$@\" 2> err.$$; s=$?\n"
                      "sed 's/: /: wrong /' err.$$ >&2; rm -f err.$$; exit $s\n",
            "crash": "#!/bin/sh\nexit 139\n",
        }
        for name, script in broken.items():
            path = os.path.join(bin_dir, "minnow-" + name)
            write(path, script % python if "%s" in script else script, 0o755)
        status, counts, output = run_runner(
            ["--minnow", os.path.join(bin_dir, "minnow-stdout"), "--cache", cache], jobs)
        check(status == 1 and counts is not None and counts[1] > 100 and "FAIL" in output
              and "stdout differs" in output, "a copy with wrong output fails (%s)" % (counts,),
              output)
        tb_tests = []
        for name in sorted(os.listdir(SUITE)):
            if name.startswith("tb_") and name.endswith(".py"):
                tb_tests.append(os.path.join(SUITE, name))
        status, counts, output = run_runner(
            ["--minnow", os.path.join(bin_dir, "minnow-status"), "--cache", cache] + tb_tests, jobs)
        check(status == 1 and counts is not None and counts[1] >= 15 and "exit status 0" in output,
              "a copy that always exits 0 fails the tb_ tests (%s)" % (counts,), output)
        status, counts, output = run_runner(
            ["--minnow", os.path.join(bin_dir, "minnow-stderr"), "--cache", cache] + tb_tests, jobs)
        check(status == 1 and counts is not None and counts[1] >= 15
              and "last line of stderr differs" in output,
              "a copy with the wrong exception line fails the tb_ tests (%s)" % (counts,), output)
        status, counts, output = run_runner(
            ["--minnow", os.path.join(bin_dir, "minnow-crash"), suite], jobs)
        check(status == 1 and counts == (0, 6), "a copy that crashes fails everything", output)
        status, counts, output = run_runner(
            ["--minnow", os.path.join(bin_dir, "no-such-minnow"), suite], jobs)
        check(status == 1 and counts == (0, 6), "a missing interpreter fails everything", output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (checks["passed"], checks["failed"]))
    return 1 if checks["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
