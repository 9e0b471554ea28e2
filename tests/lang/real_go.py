# A small Go engine: a board with groups and liberties, captures, the ko
# rule, and seeded random playouts that score who owns each point.
import random

EMPTY, BLACK, WHITE = 0, 1, 2
SYMBOL = '.XO'


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.moves = 0

    def neighbours(self, p):
        n = self.size
        r, c = divmod(p, n)
        if r > 0:
            yield p - n
        if r < n - 1:
            yield p + n
        if c > 0:
            yield p - 1
        if c < n - 1:
            yield p + 1

    def group(self, p):
        colour = self.cells[p]
        stones, libs = {p}, set()
        todo = [p]
        while todo:
            q = todo.pop()
            for nb in self.neighbours(q):
                v = self.cells[nb]
                if v == EMPTY:
                    libs.add(nb)
                elif v == colour and nb not in stones:
                    stones.add(nb)
                    todo.append(nb)
        return stones, libs

    def legal(self, p, colour):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        for nb in self.neighbours(p):
            v = self.cells[nb]
            if v == EMPTY:
                return True
            libs = self.group(nb)[1]
            if v == colour and len(libs) > 1:
                return True
            if v == other and libs == {p}:
                return True
        return False

    def play(self, p, colour):
        if not self.legal(p, colour):
            raise ValueError(f'illegal move {self.name(p)} for {SYMBOL[colour]}')
        self.cells[p] = colour
        self.moves += 1
        taken = []
        for nb in self.neighbours(p):
            if self.cells[nb] == 3 - colour:
                stones, libs = self.group(nb)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    taken.extend(stones)
        self.captured[colour] += len(taken)
        self.ko = taken[0] if len(taken) == 1 and len(self.group(p)[0]) == 1 else None

    def eye_like(self, p, colour):
        return all(self.cells[nb] == colour for nb in self.neighbours(p))

    def random_move(self, colour, rng):
        empties = [p for p, v in enumerate(self.cells) if v == EMPTY]
        rng.shuffle(empties)
        for p in empties:
            if not self.eye_like(p, colour) and self.legal(p, colour):
                return p
        return None

    def score(self):
        owner = {BLACK: 0, WHITE: 0}
        for p, v in enumerate(self.cells):
            if v != EMPTY:
                owner[v] += 1
            else:
                around = {self.cells[nb] for nb in self.neighbours(p)}
                if len(around) == 1 and EMPTY not in around:
                    owner[around.pop()] += 1
        return owner

    def name(self, p):
        r, c = divmod(p, self.size)
        return 'ABCDEFGHJ'[c] + str(self.size - r)

    def copy(self):
        b = Board(self.size)
        b.cells = self.cells[:]
        b.ko = self.ko
        return b

    def __str__(self):
        rows = []
        for r in range(self.size):
            rows.append(' '.join(SYMBOL[v] for v in self.cells[r * self.size:(r + 1) * self.size]))
        return '\n'.join(rows)


def playout(board, colour, rng, limit=200):
    passes = 0
    for _ in range(limit):
        p = board.random_move(colour, rng)
        if p is None:
            passes += 1
            if passes == 2:
                break
        else:
            passes = 0
            board.play(p, colour)
        colour = 3 - colour
    s = board.score()
    return s[BLACK] - s[WHITE] - 6.5


def best_move(board, colour, rng, games):
    results = {}
    for p in range(board.size * board.size):
        if board.legal(p, colour) and not board.eye_like(p, colour):
            total = 0.0
            for _ in range(games):
                b = board.copy()
                b.play(p, colour)
                margin = playout(b, 3 - colour, rng)
                total += 1 if (margin > 0) == (colour == BLACK) else 0
            results[p] = total / games
    return max(sorted(results), key=results.get), results


rng = random.Random(42)
board = Board(5)
for move in ('C3', 'B3', 'C2', 'B2', 'D3'):
    col = 'ABCDEFGHJ'.index(move[0])
    p = (board.size - int(move[1:])) * board.size + col
    board.play(p, BLACK if board.moves % 2 == 0 else WHITE)
print(board)
try:
    board.play(12, WHITE)
except ValueError as e:
    print(e)
move, table = best_move(board, WHITE, rng, 8)
print('white plays', board.name(move), 'win rate', table[move])
print('rates', ' '.join(f'{board.name(p)}:{r:.2f}' for p, r in sorted(table.items())[:8]))

capture = Board(5)
for p, c in ((1, BLACK), (0, WHITE), (5, BLACK), (24, WHITE)):
    capture.play(p, c)
print('captured', capture.captured, 'ko', capture.ko)

wins = 0
for i in range(20):
    b = Board(7)
    margin = playout(b, BLACK, rng)
    wins += margin > 0
print('black wins', wins, 'of 20 random games; last margin', margin, 'moves', b.moves)
print(b)
