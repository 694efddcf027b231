# break and continue in while loops, including nested ones.
i = 0
evens = []
while True:
    i += 1
    if i > 10:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens)
outer = 0
pairs = []
while outer < 3:
    inner = 0
    while True:
        if inner >= outer:
            break
        pairs.append((outer, inner))
        inner += 1
    outer += 1
print(pairs)
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
else:
    print("else runs: continue is not break")
