# Yield inside try/except/finally and loops; the handled exception survives a yield.
def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled %s" % e
        finally:
            yield "finally %d" % i
print(list(g()))
def h():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise
try:
    list(h())
except KeyError as e:
    print("reraised", e)
