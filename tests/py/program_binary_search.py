# Binary search, iterative and recursive, with insertion points.
def search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def search_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, hi)
    return search_rec(items, target, lo, mid - 1)
def insertion_point(items, target):
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 1000, 3))
for target in [0, 3, 500, 501, 999, 1000, -1]:
    print(target, search(data, target), search_rec(data, target, 0, len(data) - 1),
          insertion_point(data, target))
words = sorted(["kiwi", "apple", "fig", "banana", "cherry"])
print(words, search(words, "fig"), insertion_point(words, "date"))
