# return: implicit None, early returns from loops, tuples, returns through finally.
def none1():
    return


def none2():
    x = 1


def first_even(seq):
    for v in seq:
        if v % 2 == 0:
            return v
    return -1


def pair(a):
    return a, a * 2


def nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return (i, j)


def in_while():
    n = 0
    while True:
        n += 1
        if n == 7:
            return n


def via_finally():
    try:
        return 'try'
    finally:
        print('finally runs before the return completes')


def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'


def return_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'handled'
    return 'not reached'


print(none1(), none2(), first_even([1, 3, 4, 6]), first_even([1]), pair(3), nested_loops(), in_while())
print(via_finally())
print(finally_overrides(), return_in_except())
a, b = pair(5)
print(a, b)


def returns_function():
    return len


print(returns_function()('four'))
