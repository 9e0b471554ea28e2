# split/subgroup/derive: the parts keep the group's nesting, notes, cause and
# traceback; a subclass's derive is used.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for s in e.exceptions for x in leaves(s)]
    return [e]

try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2),
                                   ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
except ExceptionGroup as eg:
    g = eg
g.add_note("outer note")
g.__cause__ = RuntimeError("cause")
m, r = g.split(ValueError)
print(repr(m)); print(repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__, repr(m.__cause__), m.__traceback__ is not None)
print(repr(g.subgroup(lambda e: isinstance(e, KeyError))))
print(g.subgroup(BaseException) is g, g.split(OSError))
print(repr(g.split((ValueError, KeyError))))
seen = []
g.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
x = MyEG("mine", [ValueError(1), OSError(2)])
print(repr(x.split(ValueError)), type(x.subgroup(OSError)).__name__)
class BadEG(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadEG("b", [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print(e)
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(repr(b.split(ValueError)))
print(isinstance(ExceptionGroup("e", [ValueError()]), Exception), isinstance(b, Exception))
import builtins
print(builtins.ExceptionGroup is ExceptionGroup)
print(leaves(g))
