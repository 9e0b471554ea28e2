# warnings.catch_warnings: record, restored filters and showwarning,
# nesting, action=, repr, WarningMessage fields.
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("w%d" % i, RuntimeWarning)
    warnings.warn("d", DeprecationWarning)
for m in log:
    print(type(m).__name__, m.message, m.category.__name__, m.lineno, m.file, m.line)
print(log[0].filename == __file__)
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(warnings.filters) == len(before) + 1)
print(warnings.filters == before)
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("caught", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("in")
    warnings.warn("out")
print([str(m.message) for m in outer], [str(m.message) for m in inner])
try:
    with cw:
        pass
except RuntimeError as e:
    print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
