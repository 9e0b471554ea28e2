# A generator used as a coroutine: a running-total consumer fed with send().
def consumer():
    total = 0
    try:
        while True:
            item = yield total
            if item is None:
                break
            total += item
    finally:
        print("consumer done at", total)
    return total
c = consumer()
next(c)
for x in [5, 10, 20]:
    print(c.send(x))
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
