# f-strings with format specs.
x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{s:*^8}|{s:>4}|{s:.1}")
print(f"{1234567:,} {1234567:_}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{-n:+d} {n:+d} {n: d}")
print(f"{1e10:e} {x:g}")
