# Subscript and attribute targets; slices on the left.
class Box:
    pass
box = Box()
box.value = 1
box.value = box.value + 1
print(box.value)
lst = [0, 1, 2, 3, 4]
lst[1] = "one"
lst[-1] = "last"
print(lst)
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[:] = [9]
print(lst)
d = {}
d[(1, 2)] = "tuple key"
d["x"] = box
d["x"].value = 100
print(d[(1, 2)], box.value)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
box.items = [1, 2]
box.items[0] = box
print(box.items[0] is box)
