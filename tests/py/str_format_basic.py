# str.format: automatic, numbered and named fields, attribute and index access, braces.
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} {n} {1}".format(1, 2, n="named"))
print("{0[0]} {0[2]} {1[k]}".format([5, 6, 7], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y} {p.x}".format(P(), p=P()))
print("{{}} {{{0}}} {{0}}".format("in braces"))
print("".format(), "no fields".format(1, 2))
print("{}{}{}".format(1, 2.5, None), "{}".format([1, "a"]))
print("{0}{0}{0}".format("ab"))
d = {"a": 1}
print("{a}".format(a=d), "{0[a]}".format(d))
print("{:}|{!s}|{}".format("plain", "str", 7))
