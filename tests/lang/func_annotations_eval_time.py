# Annotations are expressions evaluated at def time, in the enclosing scope
# (closures, class bodies, loops), once per def execution.
calls = []


def note(x):
    calls.append(x)
    return x


def make(kind):
    def inner(v: kind) -> list[kind]:
        return [v]
    return inner


class Box:
    T = int

    def get(self, default: T = 0) -> T:
        return default


print(calls)


def f(a: note('a'), b: note('b') = note('default')) -> note('ret'):
    pass


print(calls, f.__annotations__)
print(make(int).__annotations__, make(str).__annotations__)
print(Box.get.__annotations__, Box().get())
fs = []
for t in (int, str):
    def g(x: t): pass
    fs.append(g)
print([g.__annotations__ for g in fs])
