# Lists hold references: nested lists can be shared and changed through any alias.
row = [0, 0]
grid = [row, row]
grid[0][0] = 1
print(grid)
grid2 = [[0, 0], [0, 0]]
grid2[0][0] = 1
print(grid2)
bad = [[0] * 3] * 2
bad[1][2] = 7
print(bad)
good = []
for i in range(2):
    good.append([0] * 3)
good[1][2] = 7
print(good)
a = [1]
b = [a, a]
a.append(2)
print(b, b[0] is b[1])
c = b[:]
c[0] = "replaced"
print(b, c)
def mutate(lst):
    lst.append("from function")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
