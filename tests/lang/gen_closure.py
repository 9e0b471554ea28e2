# Generators that are closures, and closures inside generators.
def counter_gen(step):
    def scaled(x):
        return x * step
    for i in range(3):
        yield scaled(i)
print(list(counter_gen(3)))
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def gen():
        while n < 3:
            yield bump()
    return gen
print(list(make()()))
def gen_of_lambdas():
    for i in range(3):
        yield lambda i=i: i * 10
print([f() for f in gen_of_lambdas()])
