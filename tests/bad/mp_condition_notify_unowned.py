# expect: type=AssertionError line=5
# notify() without holding the Condition's lock fails CPython's assertion.
from multiprocessing import Condition
c = Condition()
c.notify()
