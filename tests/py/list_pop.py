# list.pop removes and returns the last item, or the item at an index.
a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a)
for source in ["a.pop()", "[1].pop(5)", "[1, 2].pop(-3)", "[1].pop('0')"]:
    try:
        eval(source)
    except (IndexError, TypeError) as e:
        print(source, "->", type(e).__name__, e)
stack = []
for x in "abc":
    stack.append(x)
out = ""
while stack:
    out += stack.pop()
print(out)
queue = [1, 2, 3]
print(queue.pop(0), queue.pop(0), queue)
