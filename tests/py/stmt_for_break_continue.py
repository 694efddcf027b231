# break and continue in for loops, nested loops affect only the innermost one.
out = []
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    out.append(i)
print(out)
found = None
for row in range(4):
    for col in range(4):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print(found)
for word in ["a", "bb", "ccc"]:
    for ch in word:
        if ch == "b":
            continue
        print(ch, end="")
    print("|", end="")
print()
