# readline() returns one line at a time, with its newline, and '' at the end.
name = "builtin_open_readline.tmp"
f = open(name, "w")
f.write("alpha\nbeta\n\ngamma")
f.close()
f = open(name)
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.close()
f = open(name)
count = 0
while True:
    line = f.readline()
    if not line:
        break
    count += 1
f.close()
print(count)
