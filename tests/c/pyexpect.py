#!/usr/bin/env python3
"""Fills in the expectations of the Python-expression tables of the C tests from CPython.

A table's entries lie between the lines "// BEGIN CASES" and "// END CASES" of a C test file,
one per line: {"python source", "expected"}, both C string literals. This evaluates each
source with python3 as tests/c/pyeval.c does (statements separated by "; ", the variable x,
the value of the last expression) and rewrites the expectation: the repr of the result, or
"!Type: message" for an exception, where the message is args[0] (a KeyError shows its key
unquoted) and MemoryError has no message. Comment lines are kept as they are.

usage: tests/c/pyexpect.py tests/c/test_str_type.c ...
"""
import re
import sys

ENTRY = re.compile(r'^(\s*)\{("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*")\},\s*$')


def c_unescape(literal):
    body = literal[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        n = body[i + 1]
        if n in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(int(body[i + 1:j], 8))
            i = j
        elif n == "x":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 2:j], 16))
            i = j
        else:
            out += {"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"', "'": b"'",
                    "?": b"?"}[n]
            i += 2
    return out.decode("utf-8")


def c_escape(text):
    out = []
    for byte in text.encode("utf-8"):
        c = chr(byte)
        if c in '"\\':
            out.append("\\" + c)
        elif c == "?":
            out.append("\\?")  # no trigraphs
        elif 32 <= byte < 127:
            out.append(c)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def split_statements(source):
    parts, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(source):
        c = source[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ";" and depth == 0:
            parts.append(source[start:i].strip())
            start = i + 1
        i += 1
    parts.append(source[start:].strip())
    return parts


def evaluate(source):
    names = {}
    statements = split_statements(source)
    try:
        result = None
        for index, statement in enumerate(statements):
            try:
                code = compile(statement, "<case>", "eval")
            except SyntaxError:
                exec(compile(statement, "<case>", "exec"), names)
                result = None
                continue
            value = eval(code, names)
            result = value if index == len(statements) - 1 else None
        return repr(result)
    except MemoryError:
        return "!MemoryError"
    except Exception as error:
        name = type(error).__name__
        message = str(error.args[0]) if error.args else ""
        if name != "KeyError":
            message = str(error)
        return "!%s: %s" % (name, message)


def update(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    inside = False
    changed = 0
    for index, line in enumerate(lines):
        if "// BEGIN CASES" in line:
            inside = True
            continue
        if "// END CASES" in line:
            inside = False
            continue
        match = ENTRY.match(line) if inside else None
        if not match:
            continue
        indent, source, expected = match.groups()
        new_expected = c_escape(evaluate(c_unescape(source)))
        if new_expected != expected:
            changed += 1
        lines[index] = "%s{%s, %s}," % (indent, source, new_expected)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print("%s: %d expectations changed" % (path, changed))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        update(path)
