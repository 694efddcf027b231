# f-strings with expressions of several kinds.
name = "world"
n = 3
items = [1, 2, 3]
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{items[0]} {items[-1]} {len(items)}")
print(F"upper {name.upper()}")
print(f"{'nested quotes'}")
print(f"{n * 2}{n * 3}")
print(f"")
print(f"{n}")
print(f"{n if n > 2 else 0}")
print(f"{name!r:>10}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{3.5} {True} {None}")
print(fr"raw \n {n}", rf"{n}\t")
