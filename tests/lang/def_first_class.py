# Functions are values: stored, passed, returned, compared.
def double(x):
    return x * 2


def square(x):
    return x * x


def apply(f, value):
    return f(value)


def compose_apply(fs, value):
    for f in fs:
        value = f(value)
    return value


def pick(name):
    if name == 'double':
        return double
    return square


ops = {'d': double, 's': square}
print(apply(double, 5), apply(square, 5), apply(len, 'abc'), apply(str, 12))
print(compose_apply([double, square, double], 3))
print(ops['d'](10), ops['s'](10), pick('double')(7), pick('x')(7))
table = [double, square, abs, str]
print([f(-3) for f in table])
alias = double
print(alias is double, alias == double, double is square, alias(4))
print(sorted(['ccc', 'a', 'bb'], key=len), max([-5, 3, -1], key=abs))


def run_target(target=None, args=()):
    if target is None:
        return 'no target'
    if len(args) == 0:
        return target()
    return target(args[0])


def hello():
    return 'hello'


print(run_target(), run_target(target=hello), run_target(target=double, args=(21,)))
