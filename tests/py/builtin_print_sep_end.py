# print: sep goes between values, end after the last one.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|")
print("y", end="|\n")
print(1, 2, 3, sep="-", end=".\n")
print(sep="ignored")
print("only", sep="ignored")
print("a", "b", sep=None, end=None)
print()
print("", "")
print("multi", "char", sep="<>", end="<end>\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
