# list.sort with a key function, alone and with reverse.
def length(s):
    return len(s)
def last(s):
    return s[-1]
words = ["kiwi", "fig", "banana", "apple", "date"]
words.sort(key=length)
print(words)
words.sort(key=last)
print(words)
words.sort(key=length, reverse=True)
print(words)
nums = [-3, 2, -1, 4, 0]
nums.sort(key=abs)
print(nums)
pairs = [(1, "b"), (0, "c"), (1, "a")]
def second(p):
    return p[1]
pairs.sort(key=second)
print(pairs)
calls = []
def noisy(x):
    calls.append(x)
    return -x
v = [2, 3, 1]
v.sort(key=noisy)
print(v, sorted(calls))
try:
    v.sort(key=5)
except TypeError as e:
    print("TypeError", e)
