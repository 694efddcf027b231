# List-form targets unpack exactly like tuple targets.
[a, b] = [1, 2]
print(a, b)
[c, d] = "hi"
print(c, d)
[e, [f, g]] = (3, (4, 5))
print(e, f, g)
[h] = (6,)
print(h)
[i, (j, k), l] = [7, [8, 9], 10]
print(i, j, k, l)
[] = ()
print("done")
