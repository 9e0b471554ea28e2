# expect: type=ValueError line=3
# 'rw' is not a mode: CPython's "must have exactly one of ..." message.
open('/dev/null', 'rw')
