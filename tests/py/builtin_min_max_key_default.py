# min() and max() with key= and default=.
words = ["pear", "fig", "banana", "kiwi"]
def neg(x):
    return -x
def last_char(s):
    return s[-1]
print(max(words, key=len), min(words, key=len), max(words, key=last_char))
print(max([1, 5, 3], key=neg), min(1, 5, 3, key=neg))
print(max(["bb", "aa", "cc"], key=len), min(["bb", "aa", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([2], default=0))
print(max([], key=len, default=-1), min(words, key=len, default="x"))
print(max({"a": 3, "b": 1}, key=len), max(range(10), key=neg))
pairs = [("a", 2), ("b", 9), ("c", 9)]
def second(p):
    return p[1]
print(max(pairs, key=second), min(pairs, key=second))
