# f-strings: conversions (!s, !r, !a) with and without specs, nested replacement fields in
# specs, expressions in fields, and nested f-strings.
name = "é"
value = 3.14159
width = 8
items = [1, "a", None]
latin = "\xff\u20ac"
print(f"{name!s}|{name!r}|{name!a}|{items!r}|{items!s}")
print(f"{name!r:>6}|{name!a:<8}|{'x'!s:^5}|{None!r:>6}")
print(f"{value:.2f}|{value:{width}.3f}|{value:>{width}.{2}f}|{value:{'<'}{width}}|")
print(f"{42:{'0'}{width}d}|{255:#{'x'}}|{-7:+{width - 2}}|{12345:,}|{0.25:.1%}")
print(f"{'left':<{width}}|{'right':>{width}}|{'mid':*^{width + 1}}|")
print(f"{{literal}} {{{width}}} {width}{{")
print(f"{f'{width}' + f'{value:.1f}'}|{f'{name!r}'!r}|{f'{1 + 1}'}")
print(f"{1 + 2 * 3} {items[1] if items else 0} {width if width > 5 else 0}")
print(f"{'a' 'b'}{'c'}" f"{width}" "plain" f"{value!r}")
print(f"{3!r:>{width}}|{True!s:>6}|{b'x'!r}|{latin!a}")
print(f"{'tab'!r:{width}}|{123456789:_}|{1e20:g}|{-0.0:+}")
multi = f"""{width
}|{name
!r}"""
print(multi)
for spec in ["", ">4", "x", ".3"]:
    try:
        print(f"{255:{spec}}" if spec != ".3" else f"{'abcdef':{spec}}")
    except ValueError as e:
        print("ValueError", e)
try:
    print(f"{'text':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{3:{'%'}{'q'}}")
except ValueError as e:
    print("ValueError", e)
