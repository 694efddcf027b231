# list.sort is stable, including with reverse=True and with many equal keys.
def first(p):
    return p[0]
items = []
for i in range(12):
    items.append((i % 3, i))
items.sort(key=first)
print(items)
items.sort(key=first, reverse=True)
print(items)
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
def second(r):
    return r[1]
records.sort()
records.sort(key=second)
print(records)
same = [5] * 3 + [4] * 3
tagged = []
for i in range(len(same)):
    tagged.append((same[i], "t" + str(i)))
tagged.sort(key=first)
print(tagged)
