# A meteor-contest-style board filler: pentomino pieces, each in all its
# rotations and reflections, placed by exact-cover search (bit masks for
# the board, column by column, the first empty cell filled first) to tile
# a 3x20 rectangle; every solution is counted and the first ones printed.
PIECES = {
    "F": [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)],
    "I": [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)],
    "L": [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)],
    "N": [(0, 1), (1, 1), (2, 0), (2, 1), (3, 0)],
    "P": [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)],
    "T": [(0, 0), (0, 1), (0, 2), (1, 1), (2, 1)],
    "U": [(0, 0), (0, 2), (1, 0), (1, 1), (1, 2)],
    "V": [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2)],
    "W": [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2)],
    "X": [(0, 1), (1, 0), (1, 1), (1, 2), (2, 1)],
    "Y": [(0, 1), (1, 0), (1, 1), (2, 1), (3, 1)],
    "Z": [(0, 0), (0, 1), (1, 1), (2, 1), (2, 2)],
}


def normalize(cells):
    r0 = min(r for r, _ in cells)
    c0 = min(c for _, c in cells)
    return tuple(sorted((r - r0, c - c0) for r, c in cells))


def orientations(cells, fixed_x=False):
    seen = set()
    shape = cells
    for flip in (False, True):
        for _ in range(4):
            shape = [(c, -r) for r, c in shape]
            seen.add(normalize([(r, -c) if flip else (r, c) for r, c in shape]))
    return sorted(seen)


def placements(rows, cols):
    """For each piece, the bit masks of its placements, indexed by their first cell."""
    table = {}
    for name, cells in PIECES.items():
        shapes = orientations(cells)
        by_cell = {}
        for shape in shapes:
            for r in range(rows):
                for c in range(cols):
                    pos = [(r + dr, c + dc) for dr, dc in shape]
                    if all(0 <= pr < rows and 0 <= pc < cols for pr, pc in pos):
                        mask = 0
                        for pr, pc in pos:
                            mask |= 1 << (pc * rows + pr)
                        first = (mask & -mask).bit_length() - 1
                        by_cell.setdefault(first, []).append(mask)
        table[name] = by_cell
    return table


def solve(rows, cols, limit):
    table = placements(rows, cols)
    full = (1 << (rows * cols)) - 1
    solutions = []
    placed = []
    count = 0

    def search(board, remaining):
        nonlocal count
        if board == full:
            count += 1
            if len(solutions) < limit:
                solutions.append(list(placed))
            return
        free = ~board & full
        cell = (free & -free).bit_length() - 1
        for name in sorted(remaining):
            for mask in table[name].get(cell, ()):
                if not mask & board:
                    placed.append((name, mask))
                    remaining.discard(name)
                    search(board | mask, remaining)
                    remaining.add(name)
                    placed.pop()

    search(0, set(PIECES))
    return count, solutions


def render(solution, rows, cols):
    grid = [["."] * cols for _ in range(rows)]
    for name, mask in solution:
        for i in range(rows * cols):
            if mask >> i & 1:
                grid[i % rows][i // rows] = name
    return ["".join(row) for row in grid]


print({k: len(orientations(v)) for k, v in PIECES.items()})
for rows, cols, limit in ((3, 20, 2),):
    count, sols = solve(rows, cols, limit)
    print(rows, "x", cols, "solutions:", count)
    for s in sols:
        print("\n".join(render(s, rows, cols)))
        print()
