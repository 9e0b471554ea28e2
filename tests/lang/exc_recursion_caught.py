# RecursionError can be caught, and the interpreter keeps working afterwards.
def down(n):
    return down(n + 1)


for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(500))
