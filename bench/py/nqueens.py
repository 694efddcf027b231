# N-queens: count every placement of 8 queens on an 8x8 board, two ways.
#
# The first solver recurses one row at a time and keeps three lists of flags (columns
# and both diagonals): function calls, list indexing and stores, small-int arithmetic.
# The second walks the same search tree with an explicit stack of int bit masks:
# while loops, bitwise operators, list append/pop. Both must find the 92 solutions;
# each solution is folded into a checksum so a wrong board cannot hide behind the count.
import sys

N = 8
MASK32 = 0xFFFFFFFF


def place(row, n, queens, cols, up, down, tally):
    # tally is [count, checksum], updated in place.
    if row == n:
        code = 0
        for c in queens:
            code = code * n + c
        tally[0] += 1
        tally[1] = (tally[1] * 31 + code) & MASK32
        return
    for c in range(n):
        u = row + c
        d = row - c + n - 1
        if cols[c] or up[u] or down[d]:
            continue
        cols[c] = True
        up[u] = True
        down[d] = True
        queens[row] = c
        place(row + 1, n, queens, cols, up, down, tally)
        cols[c] = False
        up[u] = False
        down[d] = False


def solve_lists(n):
    tally = [0, 0]
    place(0, n, [0] * n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1), tally)
    return tally


def solve_bits(n, column):
    # column maps a one-bit mask to its column number.
    full = (1 << n) - 1
    count = 0
    checksum = 0
    # Each stack entry: (row, columns taken, left diagonals, right diagonals, free, code).
    stack = [(0, 0, 0, 0, full, 0)]
    while stack:
        row, cols, left, right, free, code = stack.pop()
        while free:
            bit = free & -free
            free ^= bit
            col = column[bit]
            if row + 1 == n:
                count += 1
                checksum = (checksum + (code * n + col) * 2654435761) & MASK32
                continue
            ncols = cols | bit
            nleft = ((left | bit) << 1) & full
            nright = (right | bit) >> 1
            stack.append((row + 1, ncols, nleft, nright, full & ~(ncols | nleft | nright),
                          code * n + col))
    return count, checksum


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = max(1, int(250 * scale + 0.5))
    column = {}
    for c in range(N):
        column[1 << c] = c
    list_total = 0
    list_sum = 0
    bit_total = 0
    bit_sum = 0
    for i in range(rounds):
        count, checksum = solve_lists(N)
        list_total += count
        list_sum = (list_sum + checksum) & MASK32
        count, checksum = solve_bits(N, column)
        bit_total += count
        bit_sum = (bit_sum * 33 + checksum + i) & MASK32
    print("nqueens n=%d rounds=%d" % (N, rounds))
    print("solutions %d and %d, checksums %08x %08x" % (list_total, bit_total, list_sum,
                                                        bit_sum))


main()
