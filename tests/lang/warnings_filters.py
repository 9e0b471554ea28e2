# stderr: full
# warnings: filterwarnings by message/category/module/lineno, once and
# module actions, showwarning and formatwarning replaced, warn_explicit.
import warnings


def f(msg, cat=UserWarning):
    warnings.warn(msg, cat)


warnings.filterwarnings("ignore", message="skip")
f("skip me")
f("SKIP me too")
f("keep me")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    f("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", repr(e))
warnings.simplefilter("once")
for i in range(3):
    f("once")
    warnings.warn("once")
warnings.simplefilter("module")
for i in range(3):
    f("mod")
    warnings.warn("mod")
warnings.filterwarnings("always", module="nomatch")
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][3].pattern)
warnings.resetwarnings()
print(warnings.filters)
seen = []


def show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))


warnings.showwarning = show
warnings.simplefilter("always")
f("via show")
warnings.warn(UserWarning("instance"))
print(seen)
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, fn, ln, line=None: f"[{c.__name__}] {m}\n"
f("formatted", FutureWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "some.py", 7)
reg = {}
warnings.simplefilter("default")
warnings.warn_explicit("reg", UserWarning, "mod.py", 3, registry=reg)
warnings.warn_explicit("reg", UserWarning, "mod.py", 3, registry=reg)
print(sorted(k for k in reg if k != 'version'))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print([c.__name__ for c in (BytesWarning, ResourceWarning, EncodingWarning,
                            PendingDeprecationWarning, ImportWarning, UnicodeWarning)])
