# expect: type=ValueError line=4
# pprint: depth must be positive.
import pprint
pprint.pformat({1: 2}, depth=0)
