# Conway's game of life on a small wrapping grid.
def parse(rows):
    grid = []
    for row in rows:
        line = []
        for ch in row:
            line.append(ch == "#")
        grid.append(line)
    return grid
def step(grid):
    h = len(grid)
    w = len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if (dy or dx) and grid[(y + dy) % h][(x + dx) % w]:
                        n += 1
            row.append(n == 3 or (grid[y][x] and n == 2))
        new.append(row)
    return new
def show(grid):
    for row in grid:
        line = ""
        for cell in row:
            line += "#" if cell else "."
        print(line)
grid = parse(["........", "..#.....", "...#....", ".###....", "........", "........"])
for generation in range(4):
    print("generation", generation)
    show(grid)
    grid = step(grid)
count = 0
for row in grid:
    for cell in row:
        count += cell
print("alive", count)
