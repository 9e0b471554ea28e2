# expect: type=NotImplementedError line=5 py=ok
# Typecode 'c' holds bytes, which gilpy does not have: a named
# NotImplementedError (CPython makes a c_char Value).
from multiprocessing import Value
print(Value('c').value)
