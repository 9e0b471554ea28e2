# match: errors raised while matching (a value pattern's __eq__, a property) and
# the TypeErrors of class patterns, with CPython's messages.
import sys
def show(e):
    print(type(e).__name__, e)
class Bad:
    def __eq__(self, o):
        raise RuntimeError("eq boom")
class Prop:
    __match_args__ = ("p",)
    @property
    def p(self):
        raise KeyError("prop boom")
V = Bad()
class NS:
    v = Bad()
for subj, body in [(1, "case NS.v: pass"), (Prop(), "case Prop(x): pass"),
                   (3, "case len(): pass"), (Prop(), "case Prop(a, b): pass")]:
    try:
        exec("match s:\n    " + body + "\n", {"s": subj, "NS": NS, "Prop": Prop})
    except Exception as e:
        show(e)
class MA:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
class MA2(MA):
    __match_args__ = ["a"]
try:
    match MA2():
        case MA2(x):
            pass
except TypeError as e:
    show(e)
class MA3(MA):
    __match_args__ = (1,)
try:
    match MA3():
        case MA3(x):
            pass
except TypeError as e:
    show(e)
class MA4(MA):
    __match_args__ = ("a", "a")
    def __init__(self): self.a = 2
try:
    match MA4():
        case MA4(x, y):
            pass
except TypeError as e:
    show(e)
try:
    match MA():
        case MA(x, a=y):
            pass
except TypeError as e:
    show(e)
