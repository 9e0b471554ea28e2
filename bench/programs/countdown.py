# Beazley's GIL benchmark loop: while n > 0: n -= 1, n = 10**7.
def count(n):
    while n > 0:
        n -= 1
    return n


print(count(10_000_000))
