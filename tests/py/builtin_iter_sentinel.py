# iter(callable, sentinel), next() with a default, and id() staying the same for an object's
# whole life while the collector moves everything around it.
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


it = iter(tick, 4)
print(type(it).__name__, iter(it) is it, list(it), next(it, "done"), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


def stop_early():
    raise StopIteration


print(list(iter(stop_early, None)))
lines = ["a", "b", "", "c"]


def pop_line():
    return lines.pop(0)


print(list(iter(pop_line, "")))
values = []
ids = []
for i in range(50):
    values.append([i] * 3)
    ids.append(id(values[i]))
for round_number in range(20):
    garbage = []
    for i in range(200):
        garbage.append(str(i) * 10)
    del values[0]
    values.append(["new"] * round_number)
same = 0
for i in range(len(ids) - 20):
    if id(values[i]) == ids[i + 20]:
        same += 1
print(same, id(values[0]) == id(values[0]), id(None) == id(None))
