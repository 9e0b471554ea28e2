# A small program: Collatz sequence lengths, with a memo dict and big intermediates.
memo = {1: 1}


def collatz_len(n):
    path = []
    while n not in memo:
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    length = memo[n]
    for m in reversed(path):
        length += 1
        memo[m] = length
    return length


best = 0
best_n = 0
for n in range(1, 30000):
    L = collatz_len(n)
    if L > best:
        best, best_n = L, n
print(best_n, best, len(memo))
big = 2**100 - 1
steps = 0
while big != 1:
    big = big // 2 if big % 2 == 0 else 3 * big + 1
    steps += 1
print(steps)
