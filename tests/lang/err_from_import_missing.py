# Uncaught ImportError for a name a module does not have.
from time import perf_counter
print(perf_counter() > 0)
from time import zz_no_such_name
