# Calls with *iterables and **mappings mixed with positional and keyword arguments: the
# order arguments arrive in, and CPython's errors.
def show(*args, **kwargs):
    print(args, kwargs)

def pair(a, b):
    return a * 10 + b

show(*[1, 2])
show(*(1, 2), **{"x": 1})
show(0, *[1, 2], 3, *"ab", *range(2))
show(x=1, **{"y": 2}, z=3, **{"w": 4})
show(1, *[2], k="v", *(3,))
show(*[], **{})
show(*{"k1": 1, "k2": 2}, **dict(a=1))
print(pair(*[1, 2]), pair(1, *[2]), pair(*[1], b=3), pair(**{"b": 4, "a": 5}))
print(pair(*range(6, 8)), pair(*(8, 9)))
key = "".join(["p", "q"])
show(**{key: 1})
def uses_pq(pq):
    return pq
print(uses_pq(**{key: "dynamic name"}))
args = (1, 2, 3)
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
print(*args, sep="+")
words = []
words.append(*["method"])
words.extend(*[("a", "b")])
print(words, "-".join(*[words]))
def count_down(n, *rest):
    if n == 0:
        return rest
    return count_down(*(n - 1,), *rest, n)
print(count_down(5))
def depth(n, **options):
    if n == 0:
        return options
    return depth(n - 1, **options)
print(depth(500, a=1))
# Evaluation order: positional arguments, then keywords, left to right.
def noisy(label, value):
    print("eval", label)
    return value
show(noisy("a", 1), *noisy("b", [2]), k=noisy("c", 3), **noisy("d", {"m": 4}))

def star_int():
    show(*1)
def star_none():
    print(*None)
def star_then_int():
    show(1, *2)
def double_int():
    show(**1)
def double_list():
    pair(1, **[2])
def key_not_str():
    show(**{1: 2})
def duplicate_keyword():
    show(x=1, **{"x": 2})
def duplicate_mappings():
    show(**{"y": 1}, **{"y": 2})
def duplicate_positional():
    pair(1, **{"a": 2})
def too_many():
    pair(*[1, 2, 3])
def unexpected():
    pair(1, **{"c": 3})
def builtin_keywords():
    len(**{"obj": []})
for test in [star_int, star_none, star_then_int, double_int, double_list, key_not_str,
             duplicate_keyword, duplicate_mappings, duplicate_positional, too_many, unexpected,
             builtin_keywords]:
    try:
        test()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
