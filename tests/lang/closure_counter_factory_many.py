# Independent cells per call of the enclosing function.
def counter():
    c = 0
    def tick():
        nonlocal c
        c += 1
        return c
    return tick
a, b = counter(), counter()
print(a(), a(), b(), a(), b())
