# expect: type=UserWarning line=5
# warnings: the 'error' action raises the warning as an exception.
import warnings
warnings.simplefilter("error")
warnings.warn("now an error")
