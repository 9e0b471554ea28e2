# A Sudoku solver by constraint propagation over sets of candidate digits,
# with depth-first search on the square with the fewest candidates.
DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = (
    [cross(ROWS, c) for c in COLS]
    + [cross(r, COLS) for r in ROWS]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for other in values[s] - {d}:
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s] - {d}
    if not values[s]:
        raise Contradiction(s)
    if len(values[s]) == 1:
        (d2,) = values[s]
        for p in PEERS[s]:
            eliminate(values, p, d2)
    for u in UNITS[s]:
        places = [q for q in u if d in values[q]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)


def parse(grid):
    chars = [c for c in grid if c in DIGITS or c in "0."]
    assert len(chars) == 81
    values = {s: set(DIGITS) for s in SQUARES}
    for s, c in zip(SQUARES, chars):
        if c in DIGITS:
            assign(values, s, c)
    return values


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in sorted(values[s]):
        stats["guesses"] += 1
        trial = {k: set(v) for k, v in values.items()}
        try:
            return search(assign(trial, s, d), stats)
        except Contradiction:
            stats["dead ends"] += 1
    raise Contradiction(s)


def show(values):
    lines = []
    for r in ROWS:
        row = "".join(next(iter(values[r + c])) for c in COLS)
        lines.append(" ".join(row[i : i + 3] for i in (0, 3, 6)))
    return "\n".join(lines)


PUZZLES = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
]
for p in PUZZLES:
    stats = {"guesses": 0, "dead ends": 0}
    solved = search(parse(p), stats)
    print(show(solved))
    ok = all({next(iter(solved[s])) for s in u} == set(DIGITS) for u in UNITLIST)
    print("valid:", ok, sorted(stats.items()))
    print()
