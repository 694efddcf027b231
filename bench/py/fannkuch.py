# Fannkuch: for every permutation of 0..n-1, repeatedly reverse the first k+1 items
# where k is the first item, until 0 comes first; record the most flips seen and a
# signed checksum of the flip counts.
#
# The permutations are the reversals of a lexicographic sequence (next_permutation
# with a slice reversal of the tail), so the first item changes fastest; the flips are
# done by swapping items in a while loop: list indexing and stores, list copies with
# negative-step slices, small-int comparisons. The scale selects how many permutations
# of n=9 are visited (all 362880 at scale 1), so a shorter run checks a prefix of the
# same sequence.
import sys

N = 9


def next_permutation(p):
    # Rearranges p into the next permutation in lexicographic order; False after the last.
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(p) - 1
    while p[j] <= p[i]:
        j -= 1
    p[i], p[j] = p[j], p[i]
    tail = p[i + 1:]
    tail.reverse()
    p[i + 1:] = tail
    return True


def count_flips(r):
    # The permutation is r read backwards.
    q = r[::-1]
    flips = 0
    first = q[0]
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            t = q[lo]
            q[lo] = q[hi]
            q[hi] = t
            lo += 1
            hi -= 1
        flips += 1
        first = q[0]
    return flips


def fannkuch(n, limit):
    r = list(range(n))
    max_flips = 0
    checksum = 0
    index = 0
    while index < limit:
        if r[n - 1] != 0:
            flips = count_flips(r)
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        index += 1
        if not next_permutation(r):
            break
    return index, max_flips, checksum


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total = 1
    for k in range(2, N + 1):
        total *= k
    limit = max(1, int(total * scale + 0.5))
    visited, max_flips, checksum = fannkuch(N, limit)
    print("fannkuch n=%d permutations=%d" % (N, visited))
    print("max flips %d, checksum %d" % (max_flips, checksum))


main()
