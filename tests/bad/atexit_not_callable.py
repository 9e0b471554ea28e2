# expect: type=TypeError line=5
# atexit.register of something that is not callable.
import atexit

atexit.register(42)
