# send() resumes the generator with a value for the yield expression.
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
def g():
    yield 1
try:
    g().send(5)
except TypeError as e:
    print(e)
x = g()
print(x.send(None))
