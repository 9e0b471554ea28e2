# expect: type=UnboundLocalError line=6
# `c in seen` fuses the two local reads with the compare and jump: an
# unbound second local still raises, reported on its own line.
def f(c):
    if c > 0:
        if c in seen:
            return 1
    seen = set()
    return 0
f(1)
