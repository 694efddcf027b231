#!/usr/bin/env python3
"""Hostile inputs: programs and files built to break an interpreter, run on the command line.

    python3 tests/hostile/test_hostile.py [path/to/minnow]   (default: $MINNOW, else build/minnow)

Each case writes a script (or passes -c text), runs Minnow on it, usually in a small heap
(-X heapsize=), and checks that it ends as it should: the exit status, the last line of
stderr (an exception's "Type: message"), the line a SyntaxError names, and what was printed.
Every case also checks that nothing crashed: no signal, no sanitizer report. Where CPython
behaves the same, the behaviour is tested in tests/py instead (hostile_*.py); the cases
here depend on heap sizes, on deep nesting that would be slow to compare, or on Minnow's own
limits (docs/reliability.md lists them).

$HOSTILE_DEPTH sets the depth of the nested data built at run time (100,000 by default; the
GC-stress build, where each allocation moves every object, uses less). Output follows
tests/run.sh: "ok NAME" or "FAIL NAME: ..." per case, then "N passed, N failed".
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINNOW = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINNOW", os.path.join(ROOT, "build", "minnow")))
DEPTH = int(os.environ.get("HOSTILE_DEPTH", "100000"))
SOURCE_DEPTH = 100000  # nesting in source text costs the lexer only

passed = 0
failed = 0

CRASH_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "runtime error:",
               "LeakSanitizer", "heap verifier", "Assertion `", "Segmentation fault")


def run(args, cwd, timeout=120):
    env = dict(os.environ)
    env.pop("MINNOWPATH", None)
    try:
        process = subprocess.run([MINNOW] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %d s" % timeout
    return (process.returncode, process.stdout.decode(errors="replace"),
            process.stderr.decode(errors="replace"))


def check(name, args, cwd, status=1, stderr_last=None, stderr_any=None, stdout=None,
          stderr_has=None):
    """stderr_last: the exact last line; stderr_any: a tuple of prefixes, one of which the
    last line must start with; stderr_has: a line stderr must contain (a traceback's
    'File "x.py", line 2')."""
    global passed, failed
    code, out, err = run(args, cwd)
    problems = []
    lines = err.strip().splitlines()
    last = lines[-1] if lines else ""
    if code is None:
        problems.append(err)
    elif code < 0:
        problems.append("killed by signal %d" % -code)
    elif code != status:
        problems.append("exit status %d, expected %d" % (code, status))
    for mark in CRASH_MARKS:
        if mark in err:
            problems.append("stderr reports %r" % mark)
    if stderr_last is not None and last != stderr_last:
        problems.append("last line of stderr %r, expected %r" % (last[:200], stderr_last))
    if stderr_any is not None and not last.startswith(stderr_any):
        problems.append("last line of stderr %r, expected one of %r" % (last[:200], stderr_any))
    if stderr_has is not None and stderr_has not in [line.strip() for line in lines]:
        problems.append("stderr lacks %r: %r" % (stderr_has, err[-300:]))
    if stdout is not None and out != stdout:
        problems.append("stdout %r, expected %r" % (out[:200], stdout))
    if problems:
        failed += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
    else:
        passed += 1
        print("ok %s" % name)


def write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
    return name


def nested_list(depth, name="a", tuples=False):
    item = "(%s,)" % name if tuples else "[%s]" % name
    return "%s = []\nfor i in range(%d):\n    %s = %s\n" % (name, depth, name, item)


MEMORY_ERROR = "MemoryError: memory allocation failed, allocating "
RECURSION_ERROR = "RecursionError: maximum recursion depth exceeded"


def source_nesting(work):
    # The lexer allows 200 open brackets (CPython's limit); the parser and the compiler bound
    # their own C recursion, whatever the shape of the tree.
    n = SOURCE_DEPTH
    for name, text in (("parentheses", "x = " + "(" * n + "1" + ")" * n),
                       ("brackets", "x = " + "[" * n + "1" + "]" * n),
                       ("braces", "x = " + "{1:" * n + "1" + "}" * n),
                       ("calls", "x = " + "f(" * n + ")" * n)):
        script = write(work, "nested_%s.py" % name, text + "\n")
        check("nested_" + name, [script], work, stderr_last="SyntaxError: too many nested parentheses",
              stderr_has='File "%s", line 1' % script)
    lines = ["if 1:\n"]
    for level in range(1, 1000):
        lines.append(" " * level + "if 1:\n")
    lines.append(" " * 1000 + "pass\n")
    script = write(work, "nested_blocks.py", "".join(lines))
    check("nested_blocks", [script], work,
          stderr_last="IndentationError: too many levels of indentation",
          stderr_has='File "%s", line 101' % script)
    # Prefix operators nest the parser's functions: MemoryError, as CPython's parser stack.
    for name, text in (("unary_minus", "-" * n + "1"), ("not", "not " * n + "1"),
                       ("power", "2**" * n + "1"), ("conditional", "1 if 1 else " * n + "1"),
                       ("await_like_lambda_free_invert", "~" * n + "1")):
        script = write(work, "prefix_%s.py" % name, "x = " + text + "\n")
        check("prefix_" + name, [script], work,
              stderr_last="MemoryError: expression nested too deeply to parse")
    # Chains the parser builds in a loop are trees as deep as they are long: the compiler
    # bounds them with CPython's RecursionError.
    chain = min(n, DEPTH)
    for name, text in (("additions", "1" + "+1" * chain), ("attributes", "a" + ".b" * chain),
                       ("call_results", "f" + "()" * chain), ("subscripts", "a" + "[0]" * chain)):
        script = write(work, "chain_%s.py" % name, "x = " + text + "\n")
        check("chain_" + name, ["-X", "heapsize=64m", script], work,
              stderr_last="RecursionError: maximum recursion depth exceeded during compilation")
    check("chain_in_eval", ["-X", "heapsize=64m", "-c",
                            "try:\n    eval('1' + '+1' * %d)\nexcept RecursionError as e:\n"
                            "    print('caught', e)\nprint([1, 2] == [1, 2])" % chain], work,
          status=0, stdout="caught maximum recursion depth exceeded during compilation\nTrue\n")


def deep_data(work):
    heap = ["-X", "heapsize=64m"]
    cases = (
        ("repr", "repr(a)", " while getting the repr of an object"),
        ("str", "str(a)", " while getting the repr of an object"),
        ("print", "print(a)", " while getting the repr of an object"),
        ("format", "'%s' % (a,)", " while getting the repr of an object"),
        ("equal", "a == b", " in comparison"),
        ("less", "a < b", " in comparison"),
        ("contains", "a in [b]", " in comparison"),
        ("index", "[b].index(a)", " in comparison"),
        ("dict_key", "d = {}\nd[b] = 1", " while hashing"),
    )
    for name, expression, where in cases:
        tuples = name == "dict_key"
        data = nested_list(DEPTH, "a", tuples) + nested_list(DEPTH, "b", tuples)
        body = "\n".join("    " + line for line in expression.splitlines())
        program = (data + "try:\n%s\nexcept RecursionError as e:\n    print('caught', e)\n"
                   "print(repr([[1], (2,), {3: [4]}]), [1, [2]] == [1, [2]])\n" % body)
        check("deep_" + name, heap + ["-c", program], work, status=0,
              stdout="caught maximum recursion depth exceeded%s\n"
                     "[[1], (2,), {3: [4]}] True\n" % where)
    # Uncaught, the same error ends the program with a traceback.
    check("deep_repr_uncaught", heap + ["-c", nested_list(DEPTH) + "print(a)"], work,
          stderr_last=RECURSION_ERROR + " while getting the repr of an object")
    # An exception whose argument is an exception whose argument is ...
    check("deep_exception_str",
          heap + ["-c", "e = ValueError()\nfor i in range(%d):\n    e = ValueError(e)\nstr(e)"
                  % DEPTH], work,
          stderr_last=RECURSION_ERROR + " while getting the str of an object")
    check("deep_dict_repr", heap + ["-c", "d = {}\nfor i in range(%d):\n    d = {1: d}\nrepr(d)"
                                    % DEPTH], work,
          stderr_last=RECURSION_ERROR + " while getting the repr of an object")


def recursion(work):
    check("unbounded_recursion", ["-c", "def f():\n    return f()\nf()"], work,
          stderr_last=RECURSION_ERROR)
    check("unbounded_method_recursion",
          ["-c", "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())"], work,
          stderr_last=RECURSION_ERROR)
    check("recursion_then_continue",
          ["-c", "def f(n):\n    return f(n + 1)\nfor i in range(3):\n    try:\n        f(0)\n"
                 "    except RecursionError:\n        print('caught', i)\nprint(sum([1, 2]))"],
          work, status=0, stdout="caught 0\ncaught 1\ncaught 2\n3\n")
    check("self_containing_list",
          ["-c", "a = [1]\na.append(a)\nd = {}\nd[1] = d\nprint(a, d)"], work, status=0,
          stdout="[1, [...]] {1: {...}}\n")


def big_values(work):
    small = ["-X", "heapsize=64k"]
    script = write(work, "ten_megabyte_literal.py", "x = '" + "a" * (10 * 1024 * 1024) + "'\n")
    check("ten_megabyte_literal_small_heap", small + [script], work, stderr_any=(MEMORY_ERROR,))
    check("ten_megabyte_literal_big_heap", ["-X", "heapsize=64m", "-c",
                                            "exec(open(%r).read())\nprint(len(x))" % script],
          work, status=0, stdout="10485760\n")
    check("power_small_heap", small + ["-c", "x = 2 ** 1000000"], work, stderr_any=(MEMORY_ERROR,))
    check("power_small_heap_caught",
          small + ["-c", "try:\n    x = 2 ** 1000000\nexcept MemoryError:\n    print('caught')\n"
                         "print(2 ** 100)"], work, status=0,
          stdout="caught\n1267650600228229401496703205376\n")
    check("power_default_heap", ["-c", "x = 2 ** 1000000\nprint(x > 0, x % 1000)"], work,
          status=0, stdout="True 376\n")
    # int() from 100,000 digits: CPython 3.11's limit of 4300 digits (ValueError), before any
    # conversion work; a small heap cannot even hold the text.
    check("int_from_long_text", ["-c", "int('9' * 100000)"], work,
          stderr_last="ValueError: Exceeds the limit (4300 digits) for integer string "
                      "conversion: value has 100000 digits; use sys.set_int_max_str_digits() "
                      "to increase the limit")
    check("int_from_long_text_small_heap", small + ["-c", "int('9' * 100000)"], work,
          stderr_any=(MEMORY_ERROR,))
    script = write(work, "long_int_literal.py", "x = " + "1" * 100000 + "\n")
    check("long_int_literal", [script], work,
          stderr_any=("ValueError: Exceeds the limit (4300 digits)",))
    for expression in ("'x' * 10**12", "[1] * 10**12", "b'x' * 10**12", "(1,) * 10**12",
                       "bytearray(b'x') * 2**64", "'x' * 2**62", "x = [0]\nx *= 10**12",
                       "'%*d' % (10**9, 1)", "'{:1000000000}'.format(1)", "'a'.center(10**12)",
                       "1 << 10**12", "1 << 2**64", "bytes(10**12)", "bytearray(10**20)"):
        check("huge " + expression.replace("\n", "; "), ["-c", expression], work,
              stderr_any=(MEMORY_ERROR, "OverflowError: "))
    check("huge_caught_then_continue",
          ["-c", "for n in [10**12, 2**64]:\n    try:\n        x = 'x' * n\n"
                 "    except (MemoryError, OverflowError) as e:\n        print(type(e).__name__)\n"
                 "print('x' * 3)"], work, status=0, stdout="MemoryError\nOverflowError\nxxx\n")
    check("range_huge",
          ["-c", "r = range(10**20)\nprint(r[-1], r[10**19], 10**19 in r)\nfor i in r:\n"
                 "    if i == 2:\n        break\nprint(i)\nlen(r)"], work,
          stdout="99999999999999999999 10000000000000000000 True\n2\n",
          stderr_last="OverflowError: Python int too large to convert to C ssize_t")
    check("bytearray_negative", ["-c", "bytearray(-1)"], work,
          stderr_last="ValueError: negative count")
    check("list_too_big_for_heap", small + ["-c", "list(range(10**8))"], work,
          stderr_any=(MEMORY_ERROR,))


def bad_source(work):
    cases = (
        ("unterminated_string", b'x = 1\ny = "abc\nz = 2\n', 2,
         "SyntaxError: unterminated string literal (detected at line 2)"),
        ("unterminated_triple", b'x = 1\ny = """abc\nz = 2\n', 2,
         "SyntaxError: unterminated triple-quoted string literal (detected at line 3)"),
        ("unclosed_paren", b"x = 1\ny = (1,\nz = 2\n", 2, "SyntaxError: '(' was never closed"),
        ("unclosed_bracket_at_end", b"x = 1\ny = [1,\n2,\n", 2,
         "SyntaxError: '[' was never closed"),
        ("unexpected_indent", b"x = 1\n    y = 2\n", 2, "IndentationError: unexpected indent"),
        ("unindent_mismatch", b"if 1:\n    x = 1\n  y = 2\n", 3,
         "IndentationError: unindent does not match any outer indentation level"),
        ("expected_indent", b"x = 0\nif 1:\nx = 2\n", 3,
         "IndentationError: expected an indented block after 'if' statement on line 2"),
        ("tabs_and_spaces", b"if 1:\n\tx = 1\n        y = 2\n", 3,
         "TabError: inconsistent use of tabs and spaces in indentation"),
        # Minnow names the bad byte as a decoder does (CPython's tokenizer says "Non-UTF-8
        # code starting with ..."): the same exception, the same line.
        ("invalid_utf8", b'x = 1\ny = "\xff\xfe"\n', 2,
         "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: "
         "invalid start byte"),
        ("truncated_utf8_in_comment", b"x = 1\n# \xc3\n", 2, None),
        ("surrogate_utf8", b"x = 1\ny = 2\n\xed\xa0\x80 = 3\n", 3, None),
        ("null_byte", b"x = 1\x00\n", 1, "SyntaxError: source code cannot contain null bytes"),
        # A decorator not followed by a def or a class (found by fuzzing: a crash).
        ("decorator_at_end", b"x = 1\n@ tuple(7)\n", 2, "SyntaxError: invalid syntax"),
        ("decorators_at_end", b"@x\n@y\n", 2, "SyntaxError: invalid syntax"),
        ("decorator_before_assignment", b"@x\ny = 1\n", 2, "SyntaxError: invalid syntax"),
        ("decorator_at_end_of_block", b"try:\n  @ tuple(7)\nexcept TypeError:\n  pass\n", 2,
         "SyntaxError: invalid syntax"),
    )
    for name, data, line, last in cases:
        script = write(work, name + ".py", data)
        check(name, [script], work, stderr_last=last,
              stderr_any=None if last else ("SyntaxError: ",),
              stderr_has='File "%s", line %d' % (script, line))
    check("missing_script", ["no_such_script.py"], work, status=2,
          stderr_last="minnow: can't open file 'no_such_script.py': "
                      "[Errno 2] No such file or directory")
    os.makedirs(os.path.join(work, "folder.py"), exist_ok=True)
    check("folder_as_script", ["folder.py"], work, status=2,
          stderr_last="minnow: can't open file 'folder.py': [Errno 21] Is a directory")


def budget(work):
    # -X budget=N: N backward jumps and Python calls, then RuntimeError at each one more.
    exhausted = "RuntimeError: instruction budget exhausted"
    check("budget_infinite_loop", ["-X", "budget=10000", "-c", "while True:\n    pass"], work,
          stderr_last=exhausted)
    check("budget_exponential_calls",
          ["-X", "budget=10000", "-c", "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n"
                                       "f(40)"], work, stderr_last=exhausted)
    check("budget_caught_in_loop",
          ["-X", "budget=5000", "-c",
           "n = 0\nwhile True:\n    try:\n        while True:\n            n += 1\n"
           "    except RuntimeError as e:\n        print('caught', e)\n"], work,
          stdout="caught instruction budget exhausted\n", stderr_last=exhausted)
    check("budget_recursion_in_handler",
          ["-X", "budget=200", "-c",
           "def f():\n    try:\n        f()\n    except RuntimeError:\n        f()\nf()"], work,
          stderr_any=(exhausted, RECURSION_ERROR))
    check("budget_enough", ["-X", "budget=1000", "-c",
                            "total = 0\nfor i in range(500):\n    total += i\nprint(total)"],
          work, status=0, stdout="124750\n")
    check("budget_invalid", ["-X", "budget=x", "-c", "pass"], work, status=2)


def main():
    with tempfile.TemporaryDirectory() as work:
        source_nesting(work)
        deep_data(work)
        recursion(work)
        big_values(work)
        bad_source(work)
        budget(work)
    # struct.unpack on a short buffer: added when the struct module lands.
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
