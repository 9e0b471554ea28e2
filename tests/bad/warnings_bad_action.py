# expect: type=AssertionError line=4
# warnings: an unknown action fails as CPython's assertion.
import warnings
warnings.simplefilter("sometimes")
