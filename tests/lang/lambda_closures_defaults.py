# Lambdas with defaults capturing loop values, and nested lambdas.
fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a: len(a))(*range(7)))
