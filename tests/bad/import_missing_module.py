# expect: type=ModuleNotFoundError line=3
print("before")
import zz_definitely_missing_module
