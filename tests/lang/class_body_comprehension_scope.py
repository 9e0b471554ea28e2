# A comprehension in a class body is its own scope: it sees the globals
# (and enclosing functions' variables), not the class namespace, except in
# its first iterable, which is evaluated in the class body.
y = 'global'


class A:
    y = 'class'
    n = 3
    firsts = [i for i in range(n)]
    seen = [y for _ in range(2)]
    pairs = [(i, j) for i in range(2) for j in range(i + 1)]


def make():
    free = 'enclosing'

    class B:
        free2 = 'class'
        got = [free for _ in range(1)]
        try:
            bad = [free2 for _ in range(1)]
        except NameError as e:
            bad = str(e)
    return B


print(A.firsts, A.seen, A.pairs)
B = make()
print(B.got, B.bad)
