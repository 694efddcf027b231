# Counting and printing solutions of the n-queens puzzle with backtracking.
def solve(n):
    solutions = []
    cols = []
    place(n, cols, solutions)
    return solutions
def safe(cols, col):
    row = len(cols)
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True
def place(n, cols, solutions):
    if len(cols) == n:
        solutions.append(cols[:])
        return
    for col in range(n):
        if safe(cols, col):
            cols.append(col)
            place(n, cols, solutions)
            cols.pop()
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for col in first:
    print("." * col + "Q" + "." * (6 - col - 1))
print(solve(4))
