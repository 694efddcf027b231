#!/usr/bin/env python3
"""Checks that benchmark programs stay inside the language subset Minnow targets first.

    python3 bench/check_py_subset.py [files...]      (default: bench/py/*.py)

Reports each construct outside the subset with its file and line, and exits 1 if there
is any. The subset: functions with positional and default parameters (keyword arguments
at call sites), classes with single inheritance and special methods, while/for/if,
try/except, the built-in containers and numbers, a listed set of builtins, and no import
but sys. Not allowed: generators, lambda, comprehensions, nested functions, with,
decorators, sets, other imports, f-string "=", *args/**kwargs definitions, keyword-only
parameters, async, match, the walrus operator, try/finally, assert, global/nonlocal.
"""
import ast
import builtins
import glob
import os
import re
import sys

ALLOWED_BUILTINS = {
    "len", "range", "enumerate", "zip", "min", "max", "sum", "sorted", "abs", "int",
    "float", "str", "print", "list", "tuple", "dict", "bytes", "bool", "ord", "chr",
    "repr", "reversed", "isinstance", "Exception", "ValueError", "KeyError",
    "IndexError", "ZeroDivisionError", "TypeError", "RuntimeError",
}

FORBIDDEN_NODES = {
    "Yield": "generator (yield)",
    "YieldFrom": "generator (yield from)",
    "Lambda": "lambda",
    "ListComp": "list comprehension",
    "SetComp": "set comprehension",
    "DictComp": "dict comprehension",
    "GeneratorExp": "generator expression",
    "With": "with statement",
    "AsyncWith": "async with",
    "AsyncFunctionDef": "async def",
    "AsyncFor": "async for",
    "Await": "await",
    "Set": "set display",
    "ImportFrom": "from-import",
    "NamedExpr": "walrus operator",
    "Assert": "assert",
    "Global": "global statement",
    "Nonlocal": "nonlocal statement",
    "Match": "match statement",
    "Starred": "starred expression",
}


def check_file(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        source = f.read()
    tree = ast.parse(source, path)

    def report(node, what):
        problems.append("%s:%d: %s" % (path, getattr(node, "lineno", 0), what))

    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)

    for node in ast.walk(tree):
        kind = type(node).__name__
        if kind in FORBIDDEN_NODES:
            report(node, FORBIDDEN_NODES[kind])
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name != "sys":
                    report(node, "import of %s" % alias.name)
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.decorator_list:
            report(node, "decorator")
        if isinstance(node, ast.FunctionDef):
            a = node.args
            if a.vararg or a.kwarg:
                report(node, "*args/**kwargs parameter in %s" % node.name)
            if a.kwonlyargs or a.posonlyargs:
                report(node, "keyword-only or positional-only parameter in %s" % node.name)
            for inner in ast.walk(node):
                if inner is not node and isinstance(inner, (ast.FunctionDef, ast.Lambda)):
                    report(inner, "nested function in %s" % node.name)
        if isinstance(node, ast.ClassDef):
            if len(node.bases) > 1:
                report(node, "multiple inheritance in %s" % node.name)
            if node.keywords:
                report(node, "class keywords (metaclass) in %s" % node.name)
        if isinstance(node, ast.Try) and node.finalbody:
            report(node, "try/finally")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name in ("set", "frozenset"):
                report(node, "set")
            elif name not in defined and hasattr(builtins, name) \
                    and name not in ALLOWED_BUILTINS:
                report(node, "builtin %s() outside the list" % name)
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg is None:
                    report(node, "**mapping at a call site")
    for number, line in enumerate(source.splitlines(), 1):
        if re.search(r"""\bf["'].*\{[^{}]*=\s*(![rsa])?(:[^{}]*)?\}""", line):
            problems.append("%s:%d: f-string '='" % (path, number))
    problems.sort(key=line_number)
    return problems


def line_number(problem):
    return int(problem.rsplit(":", 2)[1])


def main():
    paths = sys.argv[1:]
    if not paths:
        here = os.path.dirname(os.path.abspath(__file__))
        paths = sorted(glob.glob(os.path.join(here, "py", "*.py")))
    problems = []
    for path in paths:
        problems.extend(check_file(path))
    for problem in problems:
        print(problem)
    print("%d files checked, %d problems" % (len(paths), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
