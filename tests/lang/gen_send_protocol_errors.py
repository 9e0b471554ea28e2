# send/throw/close on finished generators.
def g():
    yield 1
x = g()
print(list(x))
try:
    x.send(None)
except StopIteration:
    print("send on finished: StopIteration")
print(x.close())
try:
    x.throw(ValueError("late"))
except ValueError as e:
    print("throw on finished:", e)
