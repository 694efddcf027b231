# slice objects: made by slice() and used as subscripts.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(3).start, slice(3).stop, slice(None, None, -1))
lst = list(range(10))
print(lst[s], lst[slice(3)], lst[slice(None, None, -1)], "abcdef"[slice(1, -1)])
print(lst[slice(-3, None)], (1, 2, 3)[slice(1, None)], b"xyz"[slice(0, 2)])
lst[slice(0, 3)] = ["a"]
print(lst)
del lst[slice(0, 4, 2)]
print(lst)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), type(s).__name__)
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4))
class Grabber:
    def __getitem__(self, key):
        return key
g = Grabber()
print(g[1:2], g[::3], g[:], g[1:2:3], g[1], g[1, 2])
