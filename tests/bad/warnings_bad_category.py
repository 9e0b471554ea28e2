# expect: type=TypeError line=4
# warnings.warn: the category must be a Warning subclass.
import warnings
warnings.warn("x", int)
