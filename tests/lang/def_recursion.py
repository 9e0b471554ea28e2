# Recursion: factorial with bignums, fib, Ackermann, mutual recursion, deep but legal.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def flatten(x, out):
    for item in x:
        if isinstance(item, list):
            flatten(item, out)
        else:
            out.append(item)
    return out


print(fact(0), fact(5), fact(20), fact(21), fact(50))
print([fib(i) for i in range(20)])
print(ack(2, 3), ack(3, 3))
print(is_even(100), is_odd(77), is_even(7))
m = []
hanoi(5, 'A', 'C', 'B', m)
print(len(m), m[:5])
print(depth(900))
print(flatten([1, [2, [3, [4, [5]]]], 6], []))
