# Uncaught TypeError from a call with a missing argument.
def pair(a, b):
    return (a, b)


print(pair(1, 2))
print(pair(1))
