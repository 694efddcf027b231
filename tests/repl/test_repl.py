#!/usr/bin/env python3
"""The REPL, driven through a pseudo-terminal as a person or a tool (pyboard.py, mpremote)
drives it: the friendly REPL's prompts, editing keys, history, completion, auto-indent and
paste mode, the raw REPL and raw-paste mode byte for byte, Ctrl-C interrupting running code,
and help().

    python3 tests/repl/test_repl.py [path/to/minnow]   (default: $MINNOW, else build/minnow)

Output follows tests/run.sh's convention ("ok NAME" or "FAIL NAME: ..." per case, then
"N passed, N failed"). Every wait is for an expected text, never a fixed sleep, with a
generous timeout (REPL_TIMEOUT seconds, default 60) so that loaded machines and the slow
sanitizer and GC-stress builds pass too.
"""
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINNOW = os.path.abspath(
    sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINNOW", os.path.join(ROOT, "build", "minnow")))
TIMEOUT = float(os.environ.get("REPL_TIMEOUT", "60"))

BANNER_END = b'Type "help()" for more information.\r\n>>> '
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


class Timeout(Exception):
    pass


class Session:
    """Minnow on a pseudo-terminal: its controlling terminal, so Ctrl-C there is SIGINT."""

    def __init__(self, args=(), expect_banner=True):
        env = dict(os.environ)
        env.pop("MINNOWPATH", None)
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execve(MINNOW, [MINNOW] + list(args), env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.buffer = b""  # read from the terminal, not yet consumed by expect()
        self.status = None
        if expect_banner:
            self.expect(BANNER_END)

    def _read(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(remaining, 1.0))
        if ready:
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: the other side has closed
                data = b""
            if not data:
                raise Timeout("the terminal closed; unread: %r" % self.buffer)
            self.buffer += data
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits for `pattern`; returns everything before it and it, which are consumed."""
        deadline = time.monotonic() + timeout
        while pattern not in self.buffer:
            if not self._read(deadline):
                raise Timeout("waited for %r; got %r" % (pattern, self.buffer))
        end = self.buffer.index(pattern) + len(pattern)
        text, self.buffer = self.buffer[:end], self.buffer[end:]
        return text

    def read_exactly(self, count, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while len(self.buffer) < count:
            if not self._read(deadline):
                raise Timeout("waited for %d bytes; got %r" % (count, self.buffer))
        text, self.buffer = self.buffer[:count], self.buffer[count:]
        return text

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.fd, data)

    def line(self, text):
        """Types a line at the primary prompt; returns what it printed before the next one."""
        if isinstance(text, str):
            text = text.encode()
        self.send(text + b"\r")
        echoed = self.expect(text + b"\r\n")
        if echoed != text + b"\r\n":
            raise AssertionError("echo %r before the line %r" % (echoed, text))
        return self.expect(b">>> ")[:-4]

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid != 0:
                self.status = os.waitstatus_to_exitcode(status)
                self._drain()
                return self.status
            try:
                self._read(min(deadline, time.monotonic() + 0.2))
            except Timeout:
                pass
        raise Timeout("the process did not exit; unread: %r" % self.buffer)

    def _drain(self):
        """Reads what the exited process left in the terminal, up to its closed end."""
        deadline = time.monotonic() + 5.0
        try:
            while self._read(deadline):
                pass
        except Timeout:
            pass

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


def check_equal(what, got, expected):
    if got != expected:
        raise AssertionError("%s: got %r, expected %r" % (what, got, expected))


def check_in(what, part, text):
    if part not in text:
        raise AssertionError("%s: %r not in %r" % (what, part, text))


# ---- The friendly REPL -------------------------------------------------------------------

def test_banner(s):
    s.send("\x02")  # Ctrl-B on an empty line: the banner again
    text = s.expect(BANNER_END)
    check_in("banner", b"Minnow 0.1.0 on ", text)
    check_in("platform", b"; linux\r\n" if sys.platform.startswith("linux") else b"; ", text)


def test_expression_echo(s):
    check_equal("1+2", s.line("1+2"), b"3\r\n")
    check_equal("str", s.line("'a' * 3"), b"'aaa'\r\n")
    check_equal("None echoes nothing", s.line("None"), b"")
    check_equal("_", s.line("_ + 'b'"), b"'aaab'\r\n")
    check_equal("print", s.line("print('hi', 2)"), b"hi 2\r\n")
    check_equal("assignment", s.line("x = 5"), b"")
    check_equal("statements", s.line("x += 1; x"), b"6\r\n")


def test_exceptions(s):
    check_equal("traceback", s.line("1/0"),
                b'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
                b"ZeroDivisionError: division by zero\r\n")
    check_in("syntax error", b"SyntaxError", s.line("1 +"))
    check_in("name error", b"NameError: name 'nothing' is not defined", s.line("nothing"))
    check_equal("next command", s.line("2*21"), b"42\r\n")


def test_auto_indent(s):
    s.send("for i in range(3):\r")
    check_equal("indent after ':'", s.expect(b"...     "), b"for i in range(3):\r\n...     ")
    s.send("print(i)\r")
    check_equal("same level", s.expect(b"...     "), b"print(i)\r\n...     ")
    s.send("\r")  # a line of nothing but the indent removes a level
    check_equal("one level less", s.expect(b"... "), b"\r\n... ")
    s.send("\r")  # an empty line ends the statement
    check_equal("loop output", s.expect(b">>> "), b"\r\n0\r\n1\r\n2\r\n>>> ")


def test_nested_blocks(s):
    s.send("def f(x):\r")
    s.expect(b"...     ")
    s.send("if x:\r")
    check_equal("two levels", s.expect(b"...         "), b"if x:\r\n...         ")
    s.send("return 1\r")
    s.expect(b"...         ")
    s.send("\r")
    s.expect(b"\r\n...     ")
    s.send("return 2\r")
    s.expect(b"...     ")
    s.send("\r")
    s.expect(b"\r\n... ")
    s.send("\r")
    s.expect(b">>> ")
    check_equal("function", s.line("f(1), f(0)"), b"(1, 2)\r\n")


def test_backspace_in_indent(s):
    s.send("for i in range(2):\r")
    s.expect(b"...     ")
    s.send("print(i)\r")
    s.expect(b"...     ")
    s.send("\x7f")  # removes the whole level
    s.send("print('done')\r")
    s.expect(b"... ")
    s.send("\r")
    check_equal("output", s.expect(b">>> ")[-20:], b"\r\n0\r\n1\r\ndone\r\n>>> "[-20:])


def test_continuation(s):
    s.send("x = [1,\r")
    check_equal("open bracket", s.expect(b"... "), b"x = [1,\r\n... ")
    s.send("2]\r")
    s.expect(b">>> ")
    check_equal("list", s.line("x"), b"[1, 2]\r\n")
    s.send('t = """a\r')
    s.expect(b"... ")
    s.send('b"""\r')
    s.expect(b">>> ")
    check_equal("triple-quoted", s.line("t"), b"'a\\nb'\r\n")
    s.send("y = 1 + \\\r")
    s.expect(b"... ")
    s.send("2\r")
    s.expect(b">>> ")
    check_equal("backslash", s.line("y"), b"3\r\n")
    s.send("if 1:  # a comment: with a colon\r")
    s.expect(b"...     ")
    s.send("print(7)\r")
    s.expect(b"...     ")
    s.send("\x04")  # Ctrl-D on a line holding only the indent: the statement ends
    check_in("ctrl-d runs", b"7\r\n>>> ", s.expect(b">>> "))


def test_ctrl_c_clears(s):
    s.send("abc")
    s.expect(b"abc")
    s.send("\x03")
    check_equal("cleared", s.expect(b">>> "), b"\r\n>>> ")
    check_equal("line after", s.line("1"), b"1\r\n")
    s.send("if 1:\r")
    s.expect(b"...     ")
    s.send("print('no')\x03")
    check_equal("statement cancelled", s.expect(b">>> "), b"print('no')\r\n>>> ")
    check_equal("next", s.line("2"), b"2\r\n")


def test_line_editing(s):
    s.send("ab\x1b[DX")  # left arrow, then a character inserted before the cursor
    check_equal("display", s.expect(b"ab\bXb\b"), b"ab\bXb\b")
    s.send("\x03")
    s.expect(b">>> ")
    s.send("print(13)\x1b[D\x1b[D2\r")
    check_in("left arrow", b"123\r\n>>> ", s.expect(b">>> "))
    s.send("rint(5)\x1b[Hp\x1b[F\r")  # Home, End
    check_in("home/end", b"\r\n5\r\n>>> ", s.expect(b">>> "))
    s.send("rint(6)\x1b[1~p\x1b[4~\r")  # the other Home/End sequences
    check_in("home/end ~", b"\r\n6\r\n>>> ", s.expect(b">>> "))
    s.send("rint(7)\x1bOHp\x1bOF\r")
    check_in("home/end O", b"\r\n7\r\n>>> ", s.expect(b">>> "))
    s.send("print(77)\x7f\x7f8)\r")  # backspace
    check_in("backspace", b"\r\n78\r\n>>> ", s.expect(b">>> "))
    s.send("print(456)\x1b[H" + "\x1b[C" * 6 + "\x1b[3~\r")  # right arrow, Delete
    check_in("delete", b"\r\n56\r\n>>> ", s.expect(b">>> "))
    s.send("rint(9)\x01p\x05\r")  # Ctrl-A / Ctrl-E on a line that is not empty
    check_in("ctrl-a/e", b"\r\n9\r\n>>> ", s.expect(b">>> "))
    s.send("print(1)\x02\x7f2\x06\r")  # Ctrl-B / Ctrl-F move, as the arrows
    check_in("ctrl-b/f", b"\r\n2\r\n>>> ", s.expect(b">>> "))
    s.send("junk\x15print(3)\x1b[H\x0bprint(4)\r")  # Ctrl-U, Ctrl-K
    check_in("kill", b"\r\n4\r\n>>> ", s.expect(b">>> "))
    s.send("'a\xc3\xa9'\x1b[D\x1b[D\x1b[DX\r".encode("latin-1"))  # UTF-8: é is one step
    check_in("utf-8", "'Xaé'\r\n>>> ".encode(), s.expect(b">>> "))


def test_history(s):
    s.line("40 + 2")
    s.line("1 + 1")
    s.send("\x1b[A")
    s.expect(b"1 + 1")
    s.send("\r")
    check_in("up", b"\r\n2\r\n>>> ", s.expect(b">>> "))
    s.send("\x1b[A\x1b[A\r")  # "1 + 1" was not stored twice
    check_in("up twice", b"\r\n42\r\n>>> ", s.expect(b">>> "))
    s.send("\x1b[A\x1b[A\x1b[A\x1b[B\r")  # down again
    check_in("down", b"\r\n2\r\n>>> ", s.expect(b">>> "))
    s.send("\x1b[A\x1b[B\x1b[B\r")  # down past the newest: an empty line
    check_equal("empty", s.expect(b">>> ")[-6:], b"\r\n>>> ")
    s.send("\x10\r")  # Ctrl-P: up, to the newest line
    check_in("ctrl-p", b"1 + 1\r\n2\r\n>>> ", s.expect(b">>> "))


def test_completion(s):
    s.line("longname_abc = 5")
    s.send("longname_a\t")
    s.expect(b"longname_abc")
    s.send("\r")
    check_in("one match", b"\r\n5\r\n>>> ", s.expect(b">>> "))
    s.line("l1_alpha = 1")
    s.line("l1_beta = 2")
    s.send("l1_\t")
    check_equal("listed", s.expect(b">>> l1_"),
                b"l1_\r\nl1_alpha        l1_beta\r\n>>> l1_")
    s.send("\x03")
    s.expect(b">>> ")
    s.line("import sys")
    s.send("sys.pla\t\r")
    check_in("module attribute", b"sys.platform\r\n'", s.expect(b">>> "))
    s.send("str.spl\t")  # split and splitlines: their common prefix is completed
    s.expect(b"str.split")
    s.send("\t")
    check_in("common prefix then the list", b"split           splitlines\r\n>>> str.split",
             s.expect(b">>> str.split"))
    s.send("\x03")
    s.expect(b">>> ")
    s.send("prin\t(3)\r")
    check_in("builtin", b"print(3)\r\n3\r\n>>> ", s.expect(b">>> "))
    s.send("\x05")
    s.expect(b"=== ")
    s.send("class P:\r    kind = 'p'\r    def __init__(self):\r        self.value_x = 3\r"
           "p = P()\r\x04")
    s.expect(b">>> ")
    s.send("p.val\t\r")
    check_in("instance attribute", b"p.value_x\r\n3\r\n>>> ", s.expect(b">>> "))
    s.send("p.ki\t\r")
    check_in("class attribute", b"p.kind\r\n'p'\r\n>>> ", s.expect(b">>> "))
    s.send("P.__in\t\r")
    check_in("private names when asked", b"P.__init__\r\n", s.expect(b">>> "))
    s.send("\t")  # Tab in the indentation indents
    s.expect(b"    ")
    s.send("\x03")
    s.expect(b">>> ")


def test_paste_mode(s):
    s.send("\x05")
    check_equal("header", s.expect(b"=== "),
                b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
    s.send("def g():\r    return 7\r5\rprint(g())\r")
    s.expect(b"=== print(g())\r\n=== ")
    s.send("\x04")
    check_equal("run, no echo of 5", s.expect(b">>> "), b"\r\n7\r\n>>> ")
    s.send("\x05print(1)\x03")
    check_equal("cancelled", s.expect(b">>> ")[-14:], b"print(1)\r\n>>> ")
    check_equal("nothing ran", s.line("g()"), b"7\r\n")


def test_keyboard_interrupt(s):
    s.send("\x05")
    s.expect(b"=== ")
    s.send("def spin():\r    print('spinning')\r    n = 0\r    while True:\r        n += 1\r\x04")
    s.expect(b">>> ")
    s.send("spin()\r")
    s.expect(b"spinning\r\n")
    s.send("\x03")
    text = s.expect(b">>> ")
    check_in("traceback", b"Traceback (most recent call last):\r\n", text)
    check_in("interrupt", b"KeyboardInterrupt\r\n>>> ", text)
    check_equal("next command", s.line("sum(range(100))"), b"4950\r\n")
    # In calls, and caught by the program.
    s.send("\x05")
    s.expect(b"=== ")
    s.send("def tick():\r    return 1\rtry:\r    print('calling')\r    while True:\r"
           "        tick()\rexcept KeyboardInterrupt:\r    print('caught')\r\x04")
    s.expect(b"calling\r\n")
    s.send("\x03")
    check_in("caught", b"caught\r\n>>> ", s.expect(b">>> "))
    check_equal("heap still fine", s.line("sorted([3, 1, 2] * 2)"), b"[1, 1, 2, 2, 3, 3]\r\n")


def test_help(s):
    text = s.line("help()")
    check_in("help", b"CTRL-A        -- on a blank line, enter raw REPL mode\r\n", text)
    check_in("help", b"help('modules')", text)
    text = s.line("help('modules')")
    check_in("modules", b"sys", text)
    check_in("modules", b"Plus any modules on the filesystem\r\n", text)
    s.line("import sys")
    text = s.line("help(sys)")
    check_in("module", b"object <module 'sys' (built-in)> is of type module\r\n", text)
    check_in("module attributes", b"  exit -- <built-in function exit>\r\n", text)
    text = s.line("help(1)")
    check_in("int", b"object 1 is of type int\r\n", text)
    s.send("\x05class Q:\r    def m(self): pass\r\x04")
    s.expect(b">>> ")
    check_in("class", b"  m -- <function", s.line("help(Q)"))


def test_ctrl_d_exits(s):
    s.send("\x04")
    check_equal("status", s.wait_exit(), 0)


def test_system_exit(s):
    s.line("import sys")
    s.send("sys.exit(3)\r")
    check_equal("status", s.wait_exit(), 3)


# ---- The raw REPL ------------------------------------------------------------------------

def enter_raw(s):
    s.send("\x01")
    check_equal("enter", s.expect(RAW_BANNER), b"\r\n" + RAW_BANNER)


def test_raw_repl(s):
    s.line("kept = 1")
    enter_raw(s)
    s.send("print(123)\x04")
    check_equal("run", s.expect(b">"), b"OK123\r\n\x04\x04>")
    s.send("print(kept)\nfor i in range(2):\n    print(i)\x04")
    check_equal("same globals, several lines", s.expect(b"\x04>"), b"OK1\r\n0\r\n1\r\n\x04\x04>")
    s.send("1/0\x04")
    check_equal("exception", s.expect(b"\x04>"),
                b'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in '
                b"<module>\r\nZeroDivisionError: division by zero\r\n\x04>")
    s.send("1 +\x04")
    check_in("syntax error", b"SyntaxError", s.expect(b"\x04>"))
    s.send("6 * 7\x04")  # no echo of expressions in the raw REPL
    check_equal("no echo", s.expect(b"\x04>"), b"OK\x04\x04>")
    s.send("print(5)\x03print(6)\x04")  # Ctrl-C drops what came before
    check_equal("ctrl-c", s.expect(b"\x04>"), b"OK6\r\n\x04\x04>")
    s.send("junk\x01")  # Ctrl-A starts again
    check_equal("reset", s.expect(RAW_BANNER), RAW_BANNER)
    s.send("\x02")
    check_equal("leave", s.expect(BANNER_END)[:2], b"\r\n")
    check_equal("friendly again", s.line("kept + 1"), b"2\r\n")


def test_raw_interrupt(s):
    enter_raw(s)
    s.send("print('go')\nwhile True:\n    pass\x04")
    s.expect(b"OKgo\r\n")
    s.send("\x03")
    text = s.expect(b"\x04>")
    check_in("interrupted", b"\x04Traceback (most recent call last):\r\n", text)
    check_in("interrupted", b"KeyboardInterrupt\r\n\x04>", text)
    s.send("print('after')\x04")
    check_equal("works after", s.expect(b"\x04>"), b"OKafter\r\n\x04\x04>")


def test_soft_reset(s):
    s.line("gone = 1")
    enter_raw(s)
    s.send("\x04")
    check_equal("soft reset", s.expect(RAW_BANNER),
                b"OK\r\nMPY: soft reboot\r\n" + RAW_BANNER)
    s.send("print(gone)\x04")
    check_in("globals are new", b"NameError", s.expect(b"\x04>"))
    s.send("import sys\nsys.exit(0)\x04")  # SystemExit in the raw REPL soft-resets too
    check_equal("system exit", s.expect(RAW_BANNER),
                b"OK\x04\x04MPY: soft reboot\r\n" + RAW_BANNER)


def test_raw_paste_example(s):
    # The example of PROTOCOLS.md, sent at once from the friendly REPL.
    s.send(b"\x01\x05A\x01print(123)\x04")
    check_equal("reply", s.expect(b"\x04\x04>"),
                b"\r\n" + RAW_BANNER + b"R\x01\x80\x00\x01\x04123\r\n\x04\x04>")


def raw_paste_write(s, program):
    """pyboard.py's raw_paste_write: the window from the header, one more per \\x01."""
    window_size = struct.unpack("<H", s.read_exactly(2))[0]
    window_remain = window_size
    i = 0
    grants = 0
    while i < len(program):
        while window_remain == 0 or s.buffer or select.select([s.fd], [], [], 0)[0]:
            data = s.read_exactly(1)
            if data == b"\x01":
                window_remain += window_size
                grants += 1
            elif data == b"\x04":
                s.send(b"\x04")
                return grants
            else:
                raise AssertionError("unexpected byte during raw paste: %r" % data)
        chunk = program[i:min(i + window_remain, len(program))]
        s.send(chunk)
        window_remain -= len(chunk)
        i += len(chunk)
    s.send(b"\x04")
    while True:  # grants may still come before the end is acknowledged
        data = s.read_exactly(1)
        if data == b"\x04":
            return grants
        check_equal("byte before the acknowledgement", data, b"\x01")


def test_raw_paste_flow_control(s):
    enter_raw(s)
    program = b"total = 0\n" + b"total += 1\n" * 150 + b"print('total', total)\n"
    s.send(b"\x05A\x01")
    check_equal("accepted", s.read_exactly(2), b"R\x01")
    grants = raw_paste_write(s, program)
    if grants < len(program) // 128 - 1:
        raise AssertionError("only %d window grants for %d bytes" % (grants, len(program)))
    check_equal("output", s.expect(b"\x04>"), b"total 150\r\n\x04\x04>")
    s.send(b"\x05A\x011 +\x04")
    s.expect(b"R\x01\x80\x00\x01\x04")
    check_in("syntax error", b"SyntaxError", s.expect(b"\x04>"))
    s.send(b"\x05B\x01")
    check_equal("other commands", s.expect(b">"), b"R\x00>")
    s.send(b"\x05A\x01print(1)\x03")
    text = s.expect(b"\x04>")
    check_equal("ctrl-c: not run", text, b"R\x01\x80\x00\x01\x04\x04KeyboardInterrupt\r\n\x04>")


def test_pyboard_session(s):
    # What pyboard.py's enter_raw_repl / exec_raw / exit_raw_repl send and wait for.
    s.send(b"\r\x03")
    s.expect(b"\r\n>>> \r\n>>> ")
    s.send(b"\r\x01")
    s.expect(RAW_BANNER)
    s.send(b"\x04")
    s.expect(b"soft reboot\r\n")
    s.expect(b"raw REPL; CTRL-B to exit\r\n")
    s.expect(b">")
    s.send(b"print('from pyboard')")
    s.send(b"\x04")
    check_equal("OK", s.read_exactly(2), b"OK")
    check_equal("output", s.expect(b"\x04"), b"from pyboard\r\n\x04")
    check_equal("no error", s.expect(b"\x04"), b"\x04")
    s.expect(b">")
    s.send(b"\r\x02")
    s.expect(BANNER_END)
    check_equal("friendly", s.line("3 * 3"), b"9\r\n")


# ---- Programs ----------------------------------------------------------------------------

def test_script_interrupt(work):
    script = os.path.join(work, "spin.py")
    with open(script, "w") as f:
        f.write("print('ready')\nwhile True:\n    pass\n")
    s = Session([script], expect_banner=False)
    try:
        s.expect(b"ready\r\n")
        s.send("\x03")
        check_equal("status", s.wait_exit(), 130)
        check_in("traceback", b"KeyboardInterrupt", s.buffer)
    finally:
        s.close()


def test_script_sigint(work):
    process = subprocess.Popen(
        [MINNOW, "-c", "import sys\nsys.stderr.write('ready\\n')\nwhile True:\n    pass\n"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        check_equal("ready", process.stderr.readline(), b"ready\n")
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=TIMEOUT)
        err = process.stderr.read()
        check_equal("status", status, 130)
        check_in("traceback", b"KeyboardInterrupt", err)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def test_stdin_program(work):
    process = subprocess.run([MINNOW], input=b"x = 6\nprint(x * 7)\n", stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=TIMEOUT)
    check_equal("output", process.stdout, b"42\n")
    check_equal("status", process.returncode, 0)


def test_inspect(work):
    s = Session(["-i", "-c", "x = 4"], expect_banner=False)
    try:
        s.expect(b">>> ")
        check_equal("after the program", s.line("x * 10"), b"40\r\n")
        s.send("\x04")
        check_equal("status", s.wait_exit(), 0)
    finally:
        s.close()


SESSION_TESTS = [
    test_banner, test_expression_echo, test_exceptions, test_auto_indent, test_nested_blocks,
    test_backspace_in_indent, test_continuation, test_ctrl_c_clears, test_line_editing,
    test_history, test_completion, test_paste_mode, test_keyboard_interrupt, test_help,
    test_ctrl_d_exits, test_system_exit, test_raw_repl, test_raw_interrupt, test_soft_reset,
    test_raw_paste_example, test_raw_paste_flow_control, test_pyboard_session,
]
PROGRAM_TESTS = [test_script_interrupt, test_script_sigint, test_stdin_program, test_inspect]


def main():
    passed = failed = 0
    selected = set(os.environ.get("REPL_TESTS", "").split()) - {""}
    with tempfile.TemporaryDirectory() as work:
        for test in SESSION_TESTS + PROGRAM_TESTS:
            name = test.__name__[len("test_"):]
            if selected and name not in selected:
                continue
            session = None
            try:
                if test in SESSION_TESTS:
                    session = Session()
                    test(session)
                else:
                    test(work)
                passed += 1
                print("ok %s" % name)
            except (AssertionError, Timeout, OSError) as error:
                failed += 1
                print("FAIL %s: %s" % (name, error))
            finally:
                if session is not None:
                    session.close()
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
