# Sorting and list work: a hand-written merge sort and insertion sort checked against
# the built-in sort, binary searches, and a stack/queue simulation.
#
# Each round draws two thousand numbers from a linear congruential generator, sorts
# them with a recursive merge sort that splits by slicing and merges with append, with
# insertion sort on short runs, with list.sort() and sorted() (plain, reverse=True and
# with a key function, on ints, tuples and strings), then probes the result with a
# binary search. A work queue then takes items with append, pop, pop(0), insert, del on
# slices and extend. What it stresses: list allocation and growth, slicing and slice
# assignment, indexing, comparisons of ints, tuples and strings, recursion, and the
# built-in sort.
import sys

MASK = 0xFFFFFFFF


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 1664525 + 1013904223) & MASK
        return (self.state >> 8) % bound


def insertion_sort(items):
    for i in range(1, len(items)):
        item = items[i]
        j = i - 1
        while j >= 0 and items[j] > item:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = item
    return items


def merge_sort(items):
    if len(items) <= 12:
        return insertion_sort(items[:])
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def bisect(items, value):
    # Index of the first item not less than value.
    lo = 0
    hi = len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total


def by_digits(n):
    return (digit_sum(n), n)


def fold(checksum, items):
    for x in items:
        checksum = (checksum * 33 + x) & MASK
    return checksum


def queue_work(rng, steps):
    queue = []
    done = []
    checksum = 0
    for step in range(steps):
        action = rng.below(8)
        if len(queue) < 16:
            # Refill: at the back, or now and then at the front.
            if action == 0:
                queue.insert(0, rng.below(1000))
            else:
                queue.append(rng.below(1000))
        elif action < 3:
            done.append(queue.pop(0))
        elif action < 5:
            done.append(queue.pop())
        elif action == 5:
            chunk = queue[2:5]
            del queue[2:5]
            queue.extend(chunk[::-1])
        elif action == 6:
            queue.append(len(done))
        else:
            queue[len(queue) // 2] += queue[0]
        if len(done) > 64:
            checksum = (checksum + sum(done) * len(done) + max(done) - min(done)) & MASK
            done = done[32:]
    return (checksum + fold(0, queue) + fold(0, done)) & MASK


def one_round(rng, size):
    data = []
    for i in range(size):
        data.append(rng.below(100000))
    expected = sorted(data)
    merged = merge_sort(data)
    if merged != expected:
        print("merge sort disagrees with sorted()")
    copy = data[:]
    copy.sort(reverse=True)
    copy.reverse()
    if copy != expected:
        print("sort(reverse=True) disagrees with sorted()")
    checksum = fold(0, expected[::97])
    hits = 0
    for k in range(0, 100000, 173):
        at = bisect(expected, k)
        if at < size and expected[at] == k:
            hits += 1
        checksum = (checksum + at) & MASK
    keyed = sorted(data[:size // 4], key=by_digits)
    checksum = fold(checksum, keyed[:50])
    pairs = []
    for i in range(0, size, 3):
        pairs.append((data[i] % 7, -data[i], i))
    pairs.sort()
    checksum = (checksum + pairs[0][2] + pairs[-1][2] * 7) & MASK
    words = []
    for x in data[:300]:
        words.append(str(x))
    words.sort()
    first = int(words[0])
    checksum = (checksum + len(words[0]) + int(words[-1]) + expected.index(first)) & MASK
    return checksum, hits


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = max(1, int(90 * scale + 0.5))
    rng = Lcg(7)
    checksum = 0
    hits = 0
    for r in range(rounds):
        c, h = one_round(rng, 2000)
        checksum = (checksum * 7 + c) & MASK
        hits += h
    q = queue_work(rng, rounds * 4000)
    print("sorting rounds=%d size=2000" % rounds)
    print("checksum %08x, hits %d, queue %08x" % (checksum, hits, q))


main()
