# args, str() and repr() of exceptions made with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), ValueError(""),
          ValueError(3.5), ValueError(["list"]), TypeError(("tuple",))]:
    print(repr(e), "|", str(e), "|", e.args)
for e in [KeyError(), KeyError("k"), KeyError(1), KeyError("a", "b"), KeyError("")]:
    print(repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(str(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
