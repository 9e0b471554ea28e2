# except*: matching parts of groups and naked exceptions, what is left and
# what handlers raise re-raised together, else/finally, nesting, loops.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))

run(ValueError(1))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
try:
    run(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("left", repr(e))
try:
    run(KeyError(5))
except KeyError as e:
    print("naked left", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("new", repr(e), repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError(7)
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked reraise", repr(e))

for x in [None, ValueError(2)]:
    try:
        if x: raise x
        print("body")
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")

import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print(repr(sys.exc_info()[1]), e is sys.exc_info()[1])
print(sys.exc_info())
try:
    e
except NameError as x:
    print("unbound", x)

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

def nested():
    try:
        try:
            raise ExceptionGroup("o", [ValueError(1), OSError(2)])
        except* OSError as e:
            print("inner", repr(e))
            raise TypeError("in handler")
    except* TypeError as e:
        print("outer T", repr(e))
    except* ValueError as e:
        print("outer V", repr(e))
nested()
for i in range(3):
    try:
        raise ValueError(i)
    except* ValueError:
        for j in range(5):
            if j == 1:
                break
        print("loop", i, j)
