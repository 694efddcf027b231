# Recursive Fibonacci (plain and memoized in a dict) and the towers of Hanoi.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib(20), fib_memo(100), len(memo))
moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)
hanoi(3, "A", "C", "B")
print(len(moves), moves)
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[0], moves[-1], moves[511])
pegs = {"A": list(range(6, 0, -1)), "B": [], "C": []}
moves.clear()
hanoi(6, "A", "C", "B")
for disk, src, dst in moves:
    moved = pegs[src].pop()
    if moved != disk or (pegs[dst] and pegs[dst][-1] < disk):
        print("illegal move")
    pegs[dst].append(moved)
print(pegs)
