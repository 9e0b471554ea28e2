# close() raises GeneratorExit at the yield; finally blocks run.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("finally")
x = g()
print(next(x))
print(x.close())
print(x.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def unstarted():
    print("never")
    yield
unstarted().close()
print("ok")
