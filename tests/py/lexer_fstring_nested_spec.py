# Format specs with nested replacement fields.
width = 10
prec = 3
x = 2.718281828
print(f"[{x:{width}.{prec}f}]")
print(f"[{x:{width}}]")
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{width}}]")
for w in range(3, 7):
    print(f"[{w:{w}}]")
spec = ".2f"
print(f"{x:{spec}}")
print(f"{x:>{width + 2}.{prec - 1}f}|")
