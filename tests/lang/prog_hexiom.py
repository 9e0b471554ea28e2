# A hexiom-like puzzle solver: numbered tiles go on the cells of a
# hexagonal board so that each tile's number equals how many of its
# neighbouring cells hold tiles. Constraint propagation over the cells'
# possible values (sets), then depth-first search with undo. The puzzles
# come from random boards (random.seed gives CPython's draws).
import random

class Board:
    def __init__(self, size):
        self.size = size
        self.cells = []
        index = {}
        for q in range(-size + 1, size):
            for r in range(-size + 1, size):
                if abs(q + r) < size:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        dirs = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]
        self.neighbours = [
            [index[(q + dq, r + dr)] for dq, dr in dirs if (q + dq, r + dr) in index]
            for q, r in self.cells
        ]

    def rows(self):
        out = {}
        for i, (q, r) in enumerate(self.cells):
            out.setdefault(r, []).append(i)
        return [out[r] for r in sorted(out)]


EMPTY = "."


class Solver:
    def __init__(self, board, tiles):
        self.board = board
        self.tiles = dict(tiles)  # number -> how many tiles of it
        n = len(board.cells)
        self.domain = [set(tiles) | {EMPTY} for _ in range(n)]
        self.nodes = 0

    def consistent(self, assign):
        """Every assigned tile can still see its number of occupied neighbours."""
        used = {}
        for v in assign:
            if v is not None and v != EMPTY:
                used[v] = used.get(v, 0) + 1
        if any(used.get(k, 0) > c for k, c in self.tiles.items()):
            return False
        empties = sum(1 for v in assign if v == EMPTY)
        if empties > len(assign) - sum(self.tiles.values()):
            return False
        for i, v in enumerate(assign):
            if v is None or v == EMPTY:
                continue
            nb = self.board.neighbours[i]
            sure = sum(1 for j in nb if assign[j] is not None and assign[j] != EMPTY)
            maybe = sum(1 for j in nb if assign[j] is None)
            if not sure <= v <= sure + maybe:
                return False
        return True

    def choices(self, assign, i):
        nb = self.board.neighbours[i]
        options = []
        for v in sorted(self.domain[i], key=str):
            if v != EMPTY and v > len(nb):
                continue
            options.append(v)
        return options

    def solve(self):
        assign = [None] * len(self.board.cells)
        order = sorted(range(len(assign)), key=lambda i: (len(self.board.neighbours[i]), i))
        solutions = []

        def search(k):
            self.nodes += 1
            if k == len(order):
                solutions.append(list(assign))
                return
            i = order[k]
            for v in self.choices(assign, i):
                assign[i] = v
                if self.consistent(assign):
                    search(k + 1)
                assign[i] = None

        search(0)
        return solutions


def show(board, assign):
    lines = []
    rows = board.rows()
    width = max(len(r) for r in rows)
    for row in rows:
        pad = " " * (width - len(row))
        lines.append(pad + " ".join(str(assign[i]) for i in row))
    return "\n".join(lines)


def puzzle(board, occupied):
    """The tiles of a solved board whose occupied cells are given."""
    tiles = {}
    for i in occupied:
        n = sum(1 for j in board.neighbours[i] if j in occupied)
        tiles[n] = tiles.get(n, 0) + 1
    return tiles


random.seed(7)
for size, count in ((2, 5), (2, 4), (3, 16)):
    board = Board(size)
    occupied = set(random.sample(range(len(board.cells)), count))
    tiles = puzzle(board, occupied)
    solver = Solver(board, tiles)
    sols = solver.solve()
    print(f"size {size} tiles {sorted(tiles.items())}: {len(sols)} solutions, {solver.nodes} nodes")
    print(show(board, sols[0]))
    s = sols[-1]
    ok = all(
        v == EMPTY or v == sum(1 for j in board.neighbours[i] if s[j] != EMPTY)
        for i, v in enumerate(s)
    )
    print("last valid:", ok)
