# expect: type=AssertionError line=5
# wait() without holding the Condition's lock fails CPython's assertion.
from multiprocessing import Condition
c = Condition()
c.wait(0.01)
