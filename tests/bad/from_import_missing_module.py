# expect: type=ModuleNotFoundError line=2
from zz_missing_module import thing
