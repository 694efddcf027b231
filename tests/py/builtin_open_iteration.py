# A file object iterates over its lines.
name = "builtin_open_iteration.tmp"
f = open(name, "w")
for i in range(5):
    f.write("line " + str(i) + "\n")
f.close()
f = open(name)
for line in f:
    print(repr(line))
f.close()
f = open(name)
total = 0
for line in f:
    total += int(line.split()[1])
f.close()
print(total)
f = open(name)
print(next(f), end="")
print(f.readline(), end="")
print(list(f))
f.close()
