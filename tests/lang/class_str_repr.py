# __str__ and __repr__ in print, str(), repr(), f-strings and containers.
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class OnlyRepr:
    def __repr__(self):
        return "R"
class OnlyStr:
    def __str__(self):
        return "S"
b = Both()
print(b, str(b), repr(b), [b], f"{b} {b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), f"{OnlyStr()}")
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print(f"{Fmt():>10}", format(Fmt(), "x"))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(e)
