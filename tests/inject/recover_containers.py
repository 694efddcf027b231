# Shared containers grown by steps that may fail: each step is retried after a MemoryError
# (the injected failure happens once), so the output is the normal run's whatever allocation
# failed, and only if a failed step left its container whole.


def attempt(step, argument):
    for tries in range(3):
        try:
            return step(argument)
        except MemoryError:
            pass
    return "gave up"


shared_list = []
shared_dict = {}
shared_bytes = bytearray()


def grow(i):
    if len(shared_list) == i:
        shared_list.append([i, str(i) * 3, (i, i * 0.5)])
    shared_dict["key%d" % i] = shared_list[i]
    shared_bytes.extend(b"%d," % i)
    return len(shared_list)


def summarize(count):
    keys = sorted(shared_dict.keys(), key=len)
    numbers = []
    for item in shared_list[:count]:
        numbers.append(str(item[0]))
    text = ", ".join(numbers)
    return "%d %s %s %d" % (len(keys), keys[:3], text[:40], len(repr(shared_dict)))


def build_string(n):
    parts = []
    for i in range(n):
        parts.append("{:>4}|{:<6}|{:^8.3f}".format(i, "x" * (i % 5), i / 7))
    return "/".join(parts)


for i in range(40):
    attempt(grow, i)
print(len(shared_list), len(shared_dict), len(shared_bytes))
print(attempt(summarize, 10))
print(len(attempt(build_string, 30)))
print(shared_list[17], shared_dict["key39"], shared_bytes[:20])
print(sorted(shared_dict)[:5], list(shared_dict.values())[2])
print(attempt(sorted, [(3, "c"), (1, "a"), (2, "b")] * 5)[:4])
