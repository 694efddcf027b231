#!/usr/bin/env python3
"""The unix port's command line, run as a program: minnow [options] [script | -c | -m] [args].

    python3 tests/cli/test_cli.py [path/to/minnow]   (default: $MINNOW, else build/minnow)

Each case runs Minnow in a scratch folder and checks its output and exit status; the output
follows tests/run.sh's convention ("ok NAME" or "FAIL NAME: ..." per case, then
"N passed, N failed"), so `make test` runs it with the C test programs.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINNOW = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINNOW", os.path.join(ROOT, "build", "minnow")))

passed = 0
failed = 0


def run(args, cwd, stdin="", env=None):
    full_env = dict(os.environ)
    full_env.pop("MINNOWPATH", None)
    full_env.update(env or {})
    process = subprocess.run([MINNOW] + args, cwd=cwd, input=stdin.encode(), env=full_env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    return process.stdout.decode(), process.stderr.decode(), process.returncode


def check(name, args, cwd, stdout=None, status=0, stderr_last=None, stdin="", env=None,
          stdout_contains=None, stderr_prefix=None):
    global passed, failed
    out, err, code = run(args, cwd, stdin, env)
    problems = []
    if code != status:
        problems.append("exit status %d, expected %d" % (code, status))
    if stdout is not None and out != stdout:
        problems.append("stdout %r, expected %r" % (out, stdout))
    if stdout_contains is not None and stdout_contains not in out:
        problems.append("stdout %r lacks %r" % (out, stdout_contains))
    last = err.strip().splitlines()[-1] if err.strip() else ""
    if stderr_last is not None and last != stderr_last:
        problems.append("last line of stderr %r, expected %r" % (last, stderr_last))
    if stderr_prefix is not None and not last.startswith(stderr_prefix):
        problems.append("last line of stderr %r, expected %r..." % (last, stderr_prefix))
    if problems:
        failed += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
    else:
        passed += 1
        print("ok %s" % name)


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def main():
    with tempfile.TemporaryDirectory() as top:
        work = os.path.join(top, "work")
        lib = os.path.join(top, "lib")
        other = os.path.join(top, "other")
        write(work, "show_args.py", "import sys\nprint(sys.argv)\nprint(sys.path[0])\n")
        write(work, "helper.py", "VALUE = 'helper'\n")
        write(work, "uses_helper.py", "import helper\nprint(helper.VALUE)\n")
        write(work, "runnable.py",
              "import sys\nprint(__name__, len(sys.argv), sys.argv[1], sys.argv[2],\n"
              "      sys.argv[0].endswith('runnable.py'))\n")
        write(work, "pkg/__init__.py", "print('pkg init')\n")
        write(work, "pkg/sibling.py", "NAME = 'sibling'\n")
        write(work, "pkg/runner.py", "from . import sibling\nprint(__name__, sibling.NAME)\n")
        write(work, "pkg/__main__.py", "from .sibling import NAME\nprint('pkg main', NAME)\n")
        write(work, "plainpkg/__init__.py", "")
        write(lib, "onpath.py", "WHERE = 'lib'\n")
        write(other, "second.py", "WHERE = 'other'\n")
        write(work, "use_path.py", "import onpath, second\nprint(onpath.WHERE, second.WHERE)\n")
        write(work, "exit3.py", "import sys\nprint('before')\nsys.exit(3)\n")
        write(work, "raises.py", "def f():\n    raise ValueError('bad')\nf()\n")

        # -c: the text is the program; sys.argv[0] is '-c'; sys.path[0] is ''.
        check("command", ["-c", "print(1 + 1)"], work, stdout="2\n")
        check("command_argv", ["-c", "import sys; print(sys.argv, repr(sys.path[0]))", "a", "b"],
              work, stdout="['-c', 'a', 'b'] ''\n")
        check("command_imports_from_cwd", ["-c", "import helper; print(helper.VALUE)"], work,
              stdout="helper\n")
        # A script: its arguments in sys.argv, its folder first on sys.path.
        check("script_argv", ["show_args.py", "x", "-c", "y"], work,
              stdout="['show_args.py', 'x', '-c', 'y']\n\n")
        check("script_in_folder", [os.path.join("work", "show_args.py")], top,
              stdout="['work/show_args.py']\nwork\n")
        check("script_imports_beside_it", [os.path.join("work", "uses_helper.py")], top,
              stdout="helper\n")
        check("options_before_script", ["-X", "heapsize=64k", "-Xemit=bytecode", "show_args.py"],
              work, stdout="['show_args.py']\n\n")
        check("missing_script", ["no_such_script.py"], work, status=2,
              stderr_last="minnow: can't open file 'no_such_script.py': "
                          "[Errno 2] No such file or directory")
        # -m: the module found on sys.path runs as __main__.
        check("module", ["-m", "runnable", "p", "q"], work, stdout="__main__ 3 p q True\n")
        check("module_in_package", ["-m", "pkg.runner"], work, stdout="pkg init\n__main__ sibling\n")
        check("module_package", ["-m", "pkg"], work, stdout="pkg init\npkg main sibling\n")
        check("module_package_without_main", ["-m", "plainpkg"], work, status=1,
              stderr_last="ImportError: No module named plainpkg.__main__; 'plainpkg' is a "
                          "package and cannot be directly executed")
        check("command_imports_submodule",
              ["-c", "import pkg.sibling, sys; print(sys.modules['pkg.sibling'].NAME)"], work,
              stdout="pkg init\nsibling\n")
        check("module_missing", ["-m", "no_such_module"], work, status=1,
              stderr_last="ModuleNotFoundError: No module named 'no_such_module'")
        # MINNOWPATH: more folders, searched after the script's.
        check("minnowpath", ["use_path.py"], work, stdout="lib other\n",
              env={"MINNOWPATH": lib + "::" + other})
        check("minnowpath_unset", ["use_path.py"], work, status=1,
              stderr_last="ModuleNotFoundError: No module named 'onpath'")
        # Exit status: 0, SystemExit's code, 1 after a traceback, 130 for KeyboardInterrupt.
        check("exit_code", ["exit3.py"], work, stdout="before\n", status=3)
        check("exit_none", ["-c", "import sys; sys.exit()"], work, stdout="", status=0)
        check("exit_message", ["-c", "import sys; sys.exit('fatal: stop')"], work, status=1,
              stderr_last="fatal: stop")
        check("raise_systemexit", ["-c", "raise SystemExit(7)"], work, status=7)
        check("uncaught", ["raises.py"], work, status=1, stderr_last="ValueError: bad")
        check("keyboard_interrupt", ["-c", "raise KeyboardInterrupt"], work, status=130,
              stderr_last="KeyboardInterrupt")
        check("syntax_error", ["-c", "1 +"], work, status=1,
              stderr_last="SyntaxError: invalid syntax")
        # -X heapsize: the heap's size; a MemoryError is an ordinary exception.
        check("heapsize_small", ["-X", "heapsize=24k", "-c", "print(len([0] * 100))"], work,
              stdout="100\n")
        check("heapsize_memory_error",
              ["-X", "heapsize=24k", "-c",
               "try:\n    x = [0] * 100000\nexcept MemoryError:\n    print('caught')\n"
               "print(len([1, 2]))"],
              work, stdout="caught\n2\n")
        check("heapsize_uncaught", ["-X", "heapsize=24k", "-c", "x = [0] * 100000"], work,
              status=1, stderr_prefix="MemoryError: memory allocation failed, allocating ")
        check("heapsize_invalid", ["-X", "heapsize=12q", "-c", "pass"], work, status=2)
        check("unknown_option", ["-q"], work, status=2)
        check("help", ["-h"], work, stdout_contains="usage: minnow")
        # Standard input: a script when it is not a terminal; sys.stdin reads it.
        check("stdin_script", [], work, stdin="import sys\nprint(sys.argv, 6 * 7)\n",
              stdout="[''] 42\n")
        check("stdin_dash", ["-"], work, stdin="print('dash')\n", stdout="dash\n")
        check("stdin_readline",
              ["-c", "import sys\nprint(repr(sys.stdin.readline()), repr(sys.stdin.read()))"],
              work, stdin="first\nsecond\nthird", stdout="'first\\n' 'second\\nthird'\n")
        check("stderr_write", ["-c", "import sys\nsys.stderr.write('to stderr\\n')\nprint('out')"],
              work, stdout="out\n", stderr_last="to stderr")
        # -i: statements from standard input run after the program, in its globals.
        check("inspect", ["-i", "-c", "x = 4"], work, stdin="y = x * 10\nprint(y)\n",
              stdout_contains="40")
        check("inspect_exit", ["-i", "-c", "x = 4"], work, stdin="import sys\nsys.exit(x)\n",
              status=4)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
