# stderr: full
# warnings: the default filter shows each (text, category, line) once;
# DeprecationWarning shows in __main__; stacklevel; record; error.
import warnings
def f():
    warnings.warn("hello")
f()
f()
warnings.warn("dep", DeprecationWarning)
def g():
    warnings.warn("up", stacklevel=2)
g()
warnings.warn("far", stacklevel=10)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    print(len(w), w[0].message, w[0].category, w[0].lineno, type(w[0].message))
    print(str(w[0]).replace(__file__, 'X'))
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
f()
print(warnings.formatwarning("m", UserWarning, "x.py", 3, "src"))
