# lambdas inside functions capture locals; qualname shows the nesting.
def make(n):
    return lambda x: x + n
f = make(10)
print(f(1), f.__qualname__)

def table():
    ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
    return [(k, ops[k](3, 4)) for k in sorted(ops)]
print(table())
