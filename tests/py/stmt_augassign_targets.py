# Augmented assignment to subscripts and attributes evaluates the target once.
calls = []
def index(i):
    calls.append(i)
    return i
lst = [1, 2, 3]
lst[index(1)] += 10
print(lst, calls)
d = {"k": 1}
d["k"] *= 5
d["k"] -= 1
print(d)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
grid = [[1, 2], [3, 4]]
grid[index(0)][index(1)] **= 3
print(grid, calls)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
