# Uncaught ModuleNotFoundError for a module that does not exist.
import math
print(math.floor(1.5))
import zz_no_such_module_anywhere
