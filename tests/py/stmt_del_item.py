# del on list and dict items.
lst = [0, 1, 2, 3, 4]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1], lst[0]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
