# Jumps that land on a jump (an `if` whose body is `continue` or `break`,
# `or`/`and` conditions, nested loops, try/finally around the jump) end up
# where the chain ends: the compiler passes the middle jumps through.


def skip_some(n, bad):
    out = []
    for c in range(n):
        if c in bad or c % 3 == 0 or c - 1 in bad:
            continue
        out.append(c)
    return out


def while_chain(n):
    i, seen = 0, []
    while i < n:
        i += 1
        if i % 2 == 0 and i % 4 != 0:
            continue
        if not (i < n - 1) and i > 3:
            break
        seen.append(i)
    return seen


def nested(rows):
    total = 0
    for r in rows:
        for x in r:
            if x < 0 or x > 9:
                break
            if x == 5:
                continue
            total += x
        else:
            total += 100
    return total


def with_finally(n):
    log = []
    for i in range(n):
        try:
            if i % 2 or i == 4:
                continue
            log.append(i)
        finally:
            log.append(-i)
    return log


s = {1, 4, 7}
print(skip_some(12, s))
print(while_chain(10))
print(nested([[1, 2, 5, 3], [4, 12, 1], [], [9, -1]]))
print(with_finally(7))
print([x for x in range(20) if x % 2 or x % 3 if not x % 5 or x > 15])
