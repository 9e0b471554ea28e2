# expect: type=TypeError line=4
# MethodType needs a function and an instance.
import types
types.MethodType(len)
