# logging: dotted names form a tree; placeholders are fixed up when a parent
# is created after its child; effective levels and propagation.
import logging
import sys

abc = logging.getLogger("a.b.c")
print(abc.parent)
a = logging.getLogger("a")
print(abc.parent, a.parent)
ab = logging.getLogger("a.b")
print(abc.parent, ab.parent)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, ab.getChild("c") is abc)
print(sorted(logging.root.manager.loggerDict))
print([x.getEffectiveLevel() for x in (a, ab, abc)])
a.setLevel(logging.DEBUG)
print([x.getEffectiveLevel() for x in (a, ab, abc)], abc)
ab.setLevel("ERROR")
print([x.getEffectiveLevel() for x in (a, ab, abc)], abc)
print(abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))

h1 = logging.StreamHandler(sys.stdout)
h1.setFormatter(logging.Formatter("h1 %(name)s %(message)s"))
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2 %(name)s %(message)s"))
a.addHandler(h1)
ab.addHandler(h2)
abc.error("both")
ab.propagate = False
abc.error("only h2")
ab.propagate = True
h2.setLevel(logging.CRITICAL)
abc.error("h2 level filters")
ab.removeHandler(h2)
abc.critical("after remove")
print(ab.hasHandlers(), logging.getLogger("zz").hasHandlers())
a.addHandler(h1)
print(len(a.handlers))
logging.getLogger("x.y").warning("last resort")
print(repr(logging.getLogger("x")))
