# A Go board: stones, groups found by flood fill, captures by liberties, the
# ko rule, random legal playouts with a seeded generator and area scoring.
import random

EMPTY, BLACK, WHITE = '.', 'X', 'O'


class IllegalMove(Exception):
    def __init__(self, point, reason):
        super().__init__(f'{point}: {reason}')
        self.point = point
        self.reason = reason


class Board:
    def __init__(self, size):
        self.size = size
        self.grid = {(r, c): EMPTY for r in range(size) for c in range(size)}
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.history = []

    def neighbours(self, point):
        r, c = point
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < self.size and 0 <= nc < self.size:
                yield nr, nc

    def group(self, point):
        """The stones connected to point and the group's liberties."""
        color = self.grid[point]
        stones, liberties, todo = {point}, set(), [point]
        while todo:
            for n in self.neighbours(todo.pop()):
                if self.grid[n] == EMPTY:
                    liberties.add(n)
                elif self.grid[n] == color and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def play(self, point, color):
        if self.grid[point] != EMPTY:
            raise IllegalMove(point, 'occupied')
        if point == self.ko:
            raise IllegalMove(point, 'ko')
        other = WHITE if color == BLACK else BLACK
        self.grid[point] = color
        dead = set()
        for n in self.neighbours(point):
            if self.grid[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    dead |= stones
        if not dead and not self.group(point)[1]:
            self.grid[point] = EMPTY
            raise IllegalMove(point, 'suicide')
        for p in dead:
            self.grid[p] = EMPTY
        self.captured[color] += len(dead)
        single = len(dead) == 1 and len(self.group(point)[0]) == 1
        self.ko = next(iter(dead)) if single else None
        self.history.append((color, point, len(dead)))
        return len(dead)

    def legal_moves(self, color):
        for p in sorted(self.grid):
            if self.grid[p] != EMPTY or p == self.ko or self.is_own_eye(p, color):
                continue
            yield p

    def is_own_eye(self, point, color):
        return all(self.grid[n] == color for n in self.neighbours(point))

    def score(self):
        area = {BLACK: 0, WHITE: 0}
        seen = set()
        for p, v in self.grid.items():
            if v != EMPTY:
                area[v] += 1
            elif p not in seen:
                region, _ = self.group(p)
                seen |= region
                borders = {self.grid[n] for q in region for n in self.neighbours(q)} - {EMPTY}
                if len(borders) == 1:
                    area[borders.pop()] += len(region)
        return area

    def __str__(self):
        cols = 'ABCDEFGHJKLMNOPQRST'[:self.size]
        rows = [f'   {" ".join(cols)}']
        for r in range(self.size):
            line = ' '.join(self.grid[r, c] for c in range(self.size))
            rows.append(f'{self.size - r:2d} {line}')
        return '\n'.join(rows)


def playout(size, seed, max_moves=200):
    rng = random.Random(seed)
    board = Board(size)
    color, passes, illegal = BLACK, 0, 0
    for _ in range(max_moves):
        moves = list(board.legal_moves(color))
        rng.shuffle(moves)
        for move in moves:
            try:
                board.play(move, color)
                passes = 0
                break
            except IllegalMove as e:
                illegal += 1
                last_error = e
        else:
            passes += 1
            if passes == 2:
                break
        color = WHITE if color == BLACK else BLACK
    if illegal:
        print(f'illegal tries: {illegal}, e.g. {last_error.reason}')
    return board


b = Board(5)
for pt, col in [((0, 1), BLACK), ((0, 0), WHITE), ((1, 0), BLACK), ((2, 2), WHITE)]:
    print('captured', b.play(pt, col), 'at', pt)
try:
    b.play((0, 0), WHITE)
except IllegalMove as e:
    print('IllegalMove:', e, e.reason)
print(b)

for seed in (1, 7):
    board = playout(7, seed)
    s = board.score()
    print(f'seed {seed}: {len(board.history)} moves, captures {board.captured}, score {s}')
    print(board)
