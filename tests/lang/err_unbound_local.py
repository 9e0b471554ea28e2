# UnboundLocalError: a local read before assignment.
total = 0


def add(n):
    total += n
    return total


print('calling')
add(1)
