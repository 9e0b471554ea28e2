# nonlocal with several names and in loops.
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return [step() for _ in range(10)]
print(fib_gen())

def acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    for i in range(5):
        add(i)
    return total, items
print(acc())
