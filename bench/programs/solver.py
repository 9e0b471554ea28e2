# A recursive backtracking solver: N-queens for n = 4 .. 11, four rounds, the
# attacked columns and diagonals kept in sets, the partial board in a list,
# every solution recorded and folded into a checksum.


def place(n, row, cols, up, down, board, found):
    if row == n:
        found.append(list(board))
        return
    for c in range(n):
        if c in cols or row + c in up or row - c in down:
            continue
        cols.add(c)
        up.add(row + c)
        down.add(row - c)
        board.append(c)
        place(n, row + 1, cols, up, down, board, found)
        board.pop()
        cols.remove(c)
        up.remove(row + c)
        down.remove(row - c)


def solve(n):
    found = []
    place(n, 0, set(), set(), set(), [], found)
    return found


def signature(solutions):
    h = 0
    for board in solutions:
        for c in board:
            h = (h * 31 + c + 1) % 1000000007
    return h


counts = []
total = 0
for rounds in range(4):
    for n in range(4, 12):
        sols = solve(n)
        if rounds == 0:
            counts.append(len(sols))
        total = (total + signature(sols) * (n + rounds)) % 1000000007
print(*counts, total)
