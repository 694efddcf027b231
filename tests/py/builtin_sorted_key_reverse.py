# sorted() with key= and reverse=.
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
def lower(s):
    return s.lower()
def length(s):
    return len(s)
print(sorted(words))
print(sorted(words, key=lower))
print(sorted(words, key=length))
print(sorted(words, key=length, reverse=True))
print(sorted(words, reverse=True, key=lower))
nums = [-5, 3, -1, 4, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
def second(t):
    return t[1]
records = [("a", 3), ("b", 1), ("c", 2)]
print(sorted(records, key=second), sorted(records, key=second, reverse=True))
print(sorted([[3, 4], [1], [2, 2, 2]], key=len))
print(sorted("hello", key=ord, reverse=True))
