#!/usr/bin/env python3
"""Runs the Python behaviour tests in tests/py against an interpreter.

usage: run.py --minnow PATH [--heapsize N] [--jobs N] [--timeout S] [--python CMD]
              [--cache DIR] [--verbose] [tests...]

Each test script's expected result is its .exp file if one exists beside it, otherwise
what CPython (--python, default python3) does with it. A test passes when the interpreter
prints the same stdout and exits with the same status; when the expected run fails with a
message on stderr (an uncaught exception's "Type: message" line, or sys.exit("text")), the
last line of stderr must match too. The arguments name test scripts or folders to search
(default: the folder of this file). Prints each failure with the start of a unified diff,
and ends with "N passed, N failed"; exits with status 1 if any test failed.

The conventions (which files are tests, .exp files, scratch files) are in README.md.
"""

import argparse
import base64
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shlex
import signal
import subprocess
import sys

RUNNER = os.path.abspath(__file__)
HERE = os.path.dirname(RUNNER)
DIFF_LINES = 30
EXP_EXIT = "## exit: "
EXP_STDERR = "## stderr: "
SCRATCH_SUFFIX = ".tmp"


class Result:
    """What one run of a script did."""

    def __init__(self, stdout=b"", status=0, stderr_last="", timed_out=False):
        self.stdout = stdout
        self.status = status
        self.stderr_last = stderr_last
        self.timed_out = timed_out

    def to_json(self):
        return {
            "stdout": base64.b64encode(self.stdout).decode("ascii"),
            "status": self.status,
            "stderr_last": self.stderr_last,
        }

    @staticmethod
    def from_json(data):
        return Result(base64.b64decode(data["stdout"]), data["status"], data["stderr_last"])


def is_helper(path, root):
    """True for files that tests import rather than tests: names starting with '_',
    anything under a folder named 'lib', and the modules of a package (a folder with an
    __init__.py)."""
    name = os.path.basename(path)
    if name.startswith("_"):
        return True
    folder = os.path.dirname(os.path.abspath(path))
    relative = os.path.relpath(folder, os.path.abspath(root))
    parts = [] if relative == "." else relative.split(os.sep)
    if "lib" in parts:
        return True
    return os.path.exists(os.path.join(folder, "__init__.py"))


def find_tests(arguments):
    """The test scripts named by the arguments (files or folders), sorted, without
    duplicates."""
    found = []
    for argument in arguments or [HERE]:
        if os.path.isdir(argument):
            for folder, subfolders, files in os.walk(argument):
                subfolders[:] = sorted(s for s in subfolders if s != "__pycache__")
                for name in files:
                    path = os.path.join(folder, name)
                    if name.endswith(".py") and not is_helper(path, argument) \
                            and os.path.abspath(path) != RUNNER:
                        found.append(os.path.normpath(path))
        elif os.path.isfile(argument):
            found.append(os.path.normpath(argument))
        else:
            sys.exit("run.py: no such test or folder: %s" % argument)
    return sorted(set(found))


def last_line(data):
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].rstrip() if lines else ""


def remove_scratch(script):
    """Removes the scratch files a script may leave: NAME*.tmp beside it."""
    folder = os.path.dirname(os.path.abspath(script))
    stem = os.path.splitext(os.path.basename(script))[0]
    for name in os.listdir(folder):
        if name.startswith(stem) and name.endswith(SCRATCH_SUFFIX):
            try:
                os.remove(os.path.join(folder, name))
            except OSError:
                pass


def script_options(script):
    """Interpreter options a script asks for on its first line: `# heapsize: N` runs it
    with `-X heapsize=N` (for Minnow only; CPython ignores the comment)."""
    with open(script, "rb") as file:
        match = re.match(rb"# heapsize: (\S+)", file.readline())
    return ["-X", "heapsize=" + match.group(1).decode("ascii")] if match else []


def run(command, script, timeout):
    """Runs COMMAND + [script's file name] in the script's folder."""
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    folder = os.path.dirname(os.path.abspath(script))
    try:
        process = subprocess.Popen(
            command + [os.path.basename(script)],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as error:
        return Result(b"", 127, "run.py: cannot run %s: %s" % (command[0], error))
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        result = Result(stdout, process.returncode, last_line(stderr))
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass
        process.communicate()
        result = Result(timed_out=True)
    finally:
        remove_scratch(script)
    return result


def read_exp(path):
    """An .exp file: the expected stdout, optionally followed by the lines '## exit: N'
    and '## stderr: LINE' (the expected status, default 0, and last line of stderr)."""
    with open(path, "rb") as file:
        lines = file.read().splitlines(keepends=True)
    status = 0
    stderr_last = ""
    while lines and lines[-1].startswith((EXP_EXIT.encode(), EXP_STDERR.encode())):
        line = lines.pop().decode("utf-8").rstrip("\r\n")
        if line.startswith(EXP_EXIT):
            status = int(line[len(EXP_EXIT):])
        else:
            stderr_last = line[len(EXP_STDERR):].rstrip()
    stdout = b"".join(lines)
    return Result(stdout, status, stderr_last)


class Reference:
    """Expected results from CPython, cached by a hash of what the output depends on."""

    def __init__(self, python, cache, timeout):
        self.python = python
        self.cache = cache
        self.timeout = timeout
        self.helper_digests = {}
        self.version = ""
        if cache:
            os.makedirs(cache, exist_ok=True)
            try:
                self.version = subprocess.run(
                    python + ["-c", "import sys; print(sys.version)"],
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=timeout,
                ).stdout.decode("utf-8", "replace")
            except (OSError, subprocess.TimeoutExpired):
                self.cache = None

    def helpers_digest(self, folder):
        """A digest of the helper modules in FOLDER and below (what imports can read)."""
        if folder not in self.helper_digests:
            digest = hashlib.sha256()
            for sub, subfolders, files in os.walk(folder):
                subfolders[:] = sorted(s for s in subfolders if s != "__pycache__")
                for name in sorted(files):
                    path = os.path.join(sub, name)
                    if name.endswith(".py") and is_helper(path, folder):
                        digest.update(os.path.relpath(path, folder).encode("utf-8") + b"\0")
                        with open(path, "rb") as file:
                            digest.update(file.read() + b"\0")
            self.helper_digests[folder] = digest.hexdigest()
        return self.helper_digests[folder]

    def expected(self, script):
        exp = os.path.splitext(script)[0] + ".exp"
        if os.path.exists(exp):
            return read_exp(exp)
        key = None
        if self.cache:
            digest = hashlib.sha256()
            digest.update(self.version.encode("utf-8") + b"\0")
            digest.update(os.path.basename(script).encode("utf-8") + b"\0")
            with open(script, "rb") as file:
                digest.update(file.read() + b"\0")
            folder = os.path.dirname(os.path.abspath(script))
            digest.update(self.helpers_digest(folder).encode("ascii"))
            key = os.path.join(self.cache, digest.hexdigest() + ".json")
            try:
                with open(key, "r", encoding="utf-8") as file:
                    return Result.from_json(json.load(file))
            except (OSError, ValueError, KeyError):
                pass
        result = run(self.python, script, self.timeout)
        if key and not result.timed_out:
            temporary = key + ".%d.part" % os.getpid()
            with open(temporary, "w", encoding="utf-8") as file:
                json.dump(result.to_json(), file)
            os.replace(temporary, key)
        return result


PATTERN = "~~ "
PATTERNS = "~~+ "


def stdout_matches(expected, actual):
    """Whether ACTUAL stdout matches EXPECTED: the same bytes or, when the expected text (an
    .exp) has pattern lines, line by line: a line `~~ RE` matches one output line that RE
    matches whole, a line `~~+ RE` one or more such lines, any other line the same text."""
    want = expected.decode("utf-8", "replace").splitlines()
    if not any(line.startswith((PATTERN, PATTERNS)) for line in want):
        return expected == actual
    got = actual.decode("utf-8", "replace").splitlines()
    at = 0
    for line in want:
        if at >= len(got):
            return False
        if line.startswith(PATTERNS):
            if re.fullmatch(line[len(PATTERNS):], got[at]) is None:
                return False
            while at < len(got) and re.fullmatch(line[len(PATTERNS):], got[at]) is not None:
                at += 1
            continue
        if line.startswith(PATTERN):
            if re.fullmatch(line[len(PATTERN):], got[at]) is None:
                return False
        elif line != got[at]:
            return False
        at += 1
    return at == len(got)


def diff(expected, actual, label):
    lines = list(
        difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(),
            actual.decode("utf-8", "replace").splitlines(),
            "expected " + label,
            "actual " + label,
            lineterm="",
        )
    )
    if not lines:
        lines = ["(the same lines; they differ in line endings or the final newline)"]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["    ... (%d more lines)" % (len(lines) - DIFF_LINES)]
    return lines


def describe(status):
    if status < 0:
        return "killed by signal %d" % -status
    return "exit status %d" % status


def check(script, command, reference, timeout):
    """Returns None if SCRIPT passes, else (reason, lines of detail)."""
    expected = reference.expected(script)
    if expected.timed_out:
        return ("the reference run timed out after %g s" % timeout, [])
    actual = run(command + script_options(script), script, timeout)
    if actual.timed_out:
        return ("timed out after %g s" % timeout, [])
    reasons = []
    details = []
    if not stdout_matches(expected.stdout, actual.stdout):
        reasons.append("stdout differs")
        details += diff(expected.stdout, actual.stdout, "stdout")
    if actual.status != expected.status:
        reasons.append("%s, expected %s" % (describe(actual.status), describe(expected.status)))
    if expected.status != 0 and expected.stderr_last and actual.stderr_last != expected.stderr_last:
        reasons.append("last line of stderr differs")
        details += ["expected stderr: " + expected.stderr_last,
                    "actual stderr:   " + actual.stderr_last]
    elif actual.status != expected.status and actual.stderr_last:
        details.append("actual stderr:   " + actual.stderr_last)
    if reasons:
        return ("; ".join(reasons), details)
    return None


def main():
    parser = argparse.ArgumentParser(
        description="Run the Python behaviour tests against an interpreter.")
    parser.add_argument("--minnow", required=True,
                        help="the interpreter to test (a path or a command with arguments)")
    parser.add_argument("--heapsize", help="passed to the interpreter as -X heapsize=N")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                        help="scripts run in parallel (default: the number of CPUs)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds a script may run (default 30)")
    parser.add_argument("--python", default="python3",
                        help="the CPython that gives the expected results (default python3)")
    parser.add_argument("--cache", help="folder for CPython's results (e.g. build/pytest-cache)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list passing tests")
    parser.add_argument("tests", nargs="*", help="test scripts or folders (default: all)")
    options = parser.parse_args()

    command = shlex.split(options.minnow)
    if os.sep in command[0]:
        command[0] = os.path.abspath(command[0])
    if options.heapsize:
        command += ["-X", "heapsize=" + options.heapsize]
    python = shlex.split(options.python)
    cache = os.path.abspath(options.cache) if options.cache else None
    reference = Reference(python, cache, options.timeout)
    tests = find_tests(options.tests)

    with concurrent.futures.ThreadPoolExecutor(max(1, options.jobs)) as pool:
        futures = [pool.submit(check, t, command, reference, options.timeout) for t in tests]
        failed = 0
        for script, future in zip(tests, futures):
            outcome = future.result()
            name = os.path.relpath(script)
            if outcome is None:
                if options.verbose:
                    print("pass " + name, flush=True)
                continue
            failed += 1
            reason, details = outcome
            print("FAIL %s: %s" % (name, reason))
            for line in details:
                print("    " + line)
            sys.stdout.flush()
    print("%d passed, %d failed" % (len(tests) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
