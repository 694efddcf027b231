# Four sorting algorithms, checked against sorted().
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    less = []
    equal = []
    more = []
    for x in a:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            more.append(x)
    return quick(less) + equal + quick(more)
data = []
seed = 7
for i in range(60):
    seed = (seed * 75 + 74) % 65537
    data.append(seed % 100 - 50)
expected = sorted(data)
print(data[:12])
for algorithm in [bubble, insertion, merge_sort, quick]:
    print(algorithm.__name__, algorithm(data) == expected, algorithm(["b", "c", "a"]), algorithm([]))
print(expected[:10], expected[-5:])
